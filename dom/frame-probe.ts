/**
 * What a subframe runs first (issue 21). News pages carry a dozen or more small frames (ads, embeds) that
 * name nobody, and the whole content script cost each of them about 2 ms and 190 kB just to compile and
 * start. This reads the frame's text and hands it to the background, which decides (the site's rules, the
 * words that can start a name) and brings the rest of Dramatis in only where it is needed. It keeps watching
 * the frame, so a name a later change adds still wakes it.
 *
 * It reads more than the highlighter does (editors whatever the mode, and regions the highlighter may leave):
 * that can only wake a frame more often, never less, and it keeps the regions' rules and the tokenizer out
 * of every frame.
 */
import { PROBE_CHARS } from '../lib/messages';
import { isInline, isOffLimits } from './collect';

/** How long changes to the frame are gathered before its text is read again. */
export const PROBE_SETTLE_MS = 200;

export interface FrameProbeOptions {
  doc: Document;
  /**
   * Hands the frame's text to the background (`more`: there is more than `PROBE_CHARS` of it, and none is
   * sent); resolves true once the background has brought the content script in, rejects when it cannot say.
   */
  ask(text: string, more: boolean): Promise<boolean>;
  signal: AbortSignal;
}

/**
 * The frame's text, as the probe sends it: text nodes outside scripts, styles, form fields and hidden
 * subtrees, open shadow roots included; a line break between blocks, nothing between inline pieces, so a
 * word split by a tag stays one word. Undefined past `max` characters.
 */
export function frameText(doc: Document, max = PROBE_CHARS): string | undefined {
  const roots: Node[] = [doc.documentElement];
  let text = '';
  const filter = (n: Node): number => {
    if (n.nodeType !== 1) return 1; // NodeFilter.FILTER_ACCEPT
    const el = n as Element;
    if (isOffLimits(el)) return 2; // NodeFilter.FILTER_REJECT: not its subtree either
    if (el.shadowRoot) roots.push(el.shadowRoot);
    return 3; // NodeFilter.FILTER_SKIP: its children still
  };
  for (const root of roots) {
    // SHOW_ELEMENT | SHOW_TEXT
    const walker = doc.createTreeWalker(root, 0x1 | 0x4, filter);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const prev = n.previousSibling;
      const joined =
        (n.parentElement && isInline(n.parentElement)) || prev?.nodeType === 3 || (prev?.nodeType === 1 && isInline(prev as Element));
      text += joined ? (n as Text).data : `\n${(n as Text).data}`;
      if (text.length > max) return undefined;
    }
  }
  return text;
}

/** Reads a frame's text, hands it over, and stops once the background has woken the frame. */
export class FrameProbe {
  private sent?: string;
  private woken = false;
  private timer?: ReturnType<typeof setTimeout>;
  private observer?: MutationObserver;
  private running = Promise.resolve();

  constructor(private readonly o: FrameProbeOptions) {
    o.signal.addEventListener('abort', () => this.quiet(), { once: true });
  }

  /** Whether the frame has been woken. */
  get awake(): boolean {
    return this.woken;
  }

  /** Reads the frame now, then on every change to it. */
  start(): Promise<void> {
    const win = this.o.doc.defaultView;
    if (win && !this.observer && !this.o.signal.aborted) {
      this.observer = new win.MutationObserver(() => this.later());
      this.observer.observe(this.o.doc, { childList: true, subtree: true, characterData: true });
    }
    return this.check();
  }

  /** The reader's datasets or site rules changed: the text is handed over again, even if it is the same. */
  recheck(): Promise<void> {
    this.sent = undefined;
    return this.check();
  }

  /** The frame was woken by other means (the reader asked to capture here): it stops watching. */
  woke(): void {
    this.woken = true;
    this.quiet();
  }

  /** Reads the frame and hands its text over if it changed since it was last handed over (one at a time). */
  check(): Promise<void> {
    this.running = this.running.then(() => this.run());
    return this.running;
  }

  private async run(): Promise<void> {
    if (this.woken || this.o.signal.aborted) return;
    const text = frameText(this.o.doc);
    const key = text ?? '\u0000more';
    if (key === this.sent) return;
    // A frame with no text (a tracking pixel, an ad slot not filled yet) can name nobody: nothing to ask until
    // a change brings some.
    if (text !== undefined && !text.trim()) return;
    let woken: boolean;
    try {
      woken = await this.o.ask(text ?? '', text === undefined);
    } catch {
      // Not marked as sent, so the next change asks again.
      return;
    }
    this.sent = key;
    if (woken) this.woke();
  }

  private later(): void {
    if (this.timer !== undefined || this.woken) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.check();
    }, PROBE_SETTLE_MS);
  }

  private quiet(): void {
    this.observer?.disconnect();
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
