/**
 * Internationalised hostnames for display. Browsers and the URL parser give hostnames in their ASCII form
 * ("xn--cole-9oa.fr"); a reader typed, and expects to read, "école.fr". Decoding only (RFC 3492): what is
 * stored and matched stays ASCII, so a look-alike can never match by display.
 */

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;

function adapt(delta: number, points: number, first: boolean): number {
  let d = first ? Math.floor(delta / DAMP) : delta >> 1;
  d += Math.floor(d / points);
  let k = 0;
  for (; d > ((BASE - T_MIN) * T_MAX) >> 1; k += BASE) d = Math.floor(d / (BASE - T_MIN));
  return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + SKEW));
}

function digit(c: number): number {
  if (c >= 48 && c <= 57) return c - 22; // 0-9 → 26-35
  if (c >= 65 && c <= 90) return c - 65; // A-Z
  if (c >= 97 && c <= 122) return c - 97; // a-z
  return BASE;
}

/** Decodes one punycode label body (after "xn--"); undefined when it is not valid punycode. */
export function decodeLabel(input: string): string | undefined {
  const split = input.lastIndexOf('-');
  const out = split > 0 ? [...input.slice(0, split)].map((c) => c.codePointAt(0)!) : [];
  if (out.some((c) => c >= 0x80)) return undefined;
  let n = 128;
  let i = 0;
  let bias = 72;
  for (let pos = split > 0 ? split + 1 : 0; pos < input.length;) {
    const old = i;
    for (let w = 1, k = BASE; ; k += BASE) {
      if (pos >= input.length) return undefined;
      const d = digit(input.charCodeAt(pos++));
      if (d >= BASE) return undefined;
      i += d * w;
      const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (d < t) break;
      w *= BASE - t;
      if (i > 0x10ffff * 64) return undefined;
    }
    bias = adapt(i - old, out.length + 1, old === 0);
    n += Math.floor(i / (out.length + 1));
    i %= out.length + 1;
    if (n > 0x10ffff) return undefined;
    out.splice(i++, 0, n);
  }
  return String.fromCodePoint(...out);
}

/** A hostname as a reader would write it: each "xn--" label decoded, the rest kept as it is. */
export function displayHost(host: string): string {
  return host
    .split('.')
    .map((label) => {
      if (!/^xn--/i.test(label)) return label;
      return decodeLabel(label.slice(4).toLowerCase()) ?? label;
    })
    .join('.');
}

/** A site rule for display: its hostname decoded ("*.école.fr", "https://école.fr/politique/*"); a path is kept. */
export function displayRule(text: string): string {
  const m = /^([a-z*]+:\/\/)?(\*\.)?([^/:]+)(.*)$/i.exec(text);
  return m ? `${m[1] ?? ''}${m[2] ?? ''}${displayHost(m[3]!)}${m[4]}` : text;
}
