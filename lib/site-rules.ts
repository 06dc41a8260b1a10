/**
 * Site rules: where Dramatis runs. A rule is a hostname (covering its
 * subdomains), a wildcard (`*.example.com`) or a match pattern
 * (`https://news.example.com/politics/*`). Pure: only the URL parser is used.
 */

/** A validated site rule. */
export interface SiteRule {
  kind: 'host' | 'wildcard' | 'pattern';
  /** The canonical text shown back to the user. */
  text: string;
  host: string;
  port?: string;
  scheme?: string;
  path?: string;
}

/** Why a rule was refused: a message key and the text it quotes. */
export interface RuleError {
  code: 'ruleEmpty' | 'ruleBadHost' | 'ruleNoHost' | 'ruleBadScheme' | 'ruleBadSite' | 'ruleBadPort';
  arg?: string;
}

/** The outcome of parsing one line the user typed. */
export type RuleResult = { ok: true; rule: SiteRule } | { ok: false; input: string; error: RuleError };

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** Lowercases and punycodes a hostname; undefined when it is not one. */
function canonicalHost(raw: string): string | undefined {
  const s = raw.trim();
  if (!s || /[\s/\\?#@]/.test(s)) return undefined;
  if (/^\[[0-9a-f:.]+\]$/i.test(s)) return s.toLowerCase();
  let host: string;
  try {
    host = new URL(`http://${s}`).hostname;
  } catch {
    return undefined;
  }
  if (host === 'localhost' || /^\d{1,3}(\.\d{1,3}){3}$/.test(host)) return host;
  const labels = host.split('.');
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l))) return undefined;
  return host;
}

function splitPort(s: string): [string, string | undefined] {
  const m = /^(.*?)(?::(\d{1,5}))?$/.exec(s.trim())!;
  if (m[1]!.startsWith('[')) return [m[1]!, m[2]];
  return [m[1]!, m[2]];
}

/** Parses one rule; errors say what is wrong in plain words. */
export function parseRule(input: string): RuleResult {
  const raw = input.trim();
  const fail = (code: RuleError['code'], arg?: string): RuleResult => ({ ok: false, input, error: { code, ...(arg ? { arg } : {}) } });
  if (!raw) return fail('ruleEmpty');
  const pat = /^(\*|https?):\/\/([^/]+)(\/.*)?$/i.exec(raw);
  if (pat) {
    const [, scheme, hostPart, path = '/*'] = pat;
    const wild = hostPart!.startsWith('*.');
    const [h, port] = splitPort(wild ? hostPart!.slice(2) : hostPart!);
    const host = h === '*' ? '*' : canonicalHost(h);
    if (!host) return fail('ruleBadHost', hostPart);
    const text = `${scheme!.toLowerCase()}://${wild ? '*.' : ''}${host}${port ? `:${port}` : ''}${path}`;
    return { ok: true, rule: { kind: 'pattern', text, host: wild ? `*.${host}` : host, port, scheme: scheme!.toLowerCase(), path } };
  }
  // "http://" with nothing after it is an allowed scheme and no site, not a disallowed scheme.
  if (/^(\*|https?):\/*$/i.test(raw)) return fail('ruleNoHost', raw);
  if (/^[a-z][a-z0-9+.-]*:/i.test(raw) && !/^[^:]+:\d+$/.test(raw)) {
    return fail('ruleBadScheme');
  }
  const wild = raw.startsWith('*.');
  const [h, port] = splitPort(wild ? raw.slice(2) : raw);
  const host = canonicalHost(h);
  if (!host) return fail('ruleBadSite', raw);
  if (port && Number(port) > 65535) return fail('ruleBadPort', port);
  const text = `${wild ? '*.' : ''}${host}${port ? `:${port}` : ''}`;
  return { ok: true, rule: { kind: wild ? 'wildcard' : 'host', text, host, port } };
}

/** Parses many lines at once; the valid ones are kept, the rest reported. */
export function parseRules(text: string): { rules: SiteRule[]; errors: Array<{ input: string; error: RuleError }> } {
  const rules: SiteRule[] = [];
  const errors: Array<{ input: string; error: RuleError }> = [];
  for (const line of text.split(/[\n,]+/)) {
    if (!line.trim()) continue;
    const r = parseRule(line);
    if (r.ok) rules.push(r.rule);
    else errors.push({ input: r.input, error: r.error });
  }
  return { rules, errors };
}

/** Whether a rule for `ruleHost` covers `host`: the host itself and its subdomains. */
export function hostCovers(ruleHost: string, host: string): boolean {
  return host === ruleHost || host.endsWith(`.${ruleHost}`);
}

function globToRegExp(glob: string): RegExp {
  return new RegExp(
    `^${glob
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
}

/** Whether a rule covers a page URL. */
export function ruleMatches(rule: SiteRule, url: URL): boolean {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  const host = url.hostname;
  if (rule.port && url.port !== rule.port) return false;
  if (rule.kind === 'pattern') {
    if (rule.scheme !== '*' && `${rule.scheme}:` !== url.protocol) return false;
    const hostOk = rule.host === '*' || (rule.host.startsWith('*.') ? hostCovers(rule.host.slice(2), host) : host === rule.host);
    return hostOk && globToRegExp(rule.path ?? '/*').test(url.pathname + url.search);
  }
  return hostCovers(rule.host, host);
}

/** Where Dramatis runs: everywhere except the listed sites, or only on them. */
export interface SitePolicy {
  paused: boolean;
  siteMode: 'except' | 'only';
  exceptSites: readonly string[];
  onlySites: readonly string[];
}

function anyMatch(texts: readonly string[], url: URL): boolean {
  return texts.some((t) => {
    const r = parseRule(t);
    return r.ok && ruleMatches(r.rule, url);
  });
}

/** Whether Dramatis should highlight on this page. */
export function isSiteEnabled(policy: SitePolicy, pageUrl: string): boolean {
  if (policy.paused) return false;
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  return policy.siteMode === 'only' ? anyMatch(policy.onlySites, url) : !anyMatch(policy.exceptSites, url);
}

/** The rule lists after the user switches a site on or off (the popup's switch). */
export function toggleSite(policy: SitePolicy, pageUrl: string, on: boolean): Pick<SitePolicy, 'exceptSites' | 'onlySites'> {
  const url = new URL(pageUrl);
  const keep = (texts: readonly string[]) =>
    texts.filter((t) => {
      const r = parseRule(t);
      return !(r.ok && ruleMatches(r.rule, url));
    });
  const host = url.hostname;
  if (policy.siteMode === 'only') {
    return { exceptSites: [...policy.exceptSites], onlySites: on ? [...keep(policy.onlySites), host] : keep(policy.onlySites) };
  }
  return { onlySites: [...policy.onlySites], exceptSites: on ? keep(policy.exceptSites) : [...keep(policy.exceptSites), host] };
}
