/**
 * What a subframe runs first (issue 21). News pages carry a dozen or more small frames (ads, embeds) that
 * name nobody, and the whole content script cost each of them about 2 ms and 190 kB just to compile and
 * start. This reads the frame's words and asks whether any can start a name; only when one can is the rest of
 * Dramatis brought in (by the background, so none of it has to be web-accessible). It keeps watching the
 * frame, so a name a later change adds still wakes it.
 */
import type { CollectOptions } from './collect';
import { wordsUpTo } from './read-words';

/** A frame with more words than this is not an advertisement: it is woken without asking. */
export const PROBE_WORDS = 4_000;

/** How long changes to the frame are gathered before its new words are read. */
export const PROBE_SETTLE_MS = 200;

export interface FrameProbeOptions {
  doc: Document;
  /** The walk the highlighter would make (which regions it reads). */
  walk: CollectOptions;
  /** Whether any of these lower-cased words can start a name; rejects when it cannot be told. */
  names(words: string[]): Promise<boolean>;
  /** Brings the rest of Dramatis in. Called at most once. */
  wake(): void;
  signal: AbortSignal;
}

/** Reads a frame's words, asks about the new ones, and wakes the frame once a word can start a name. */
export class FrameProbe {
  private asked = new Set<string>();
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

  /** The datasets changed: every word is asked about again. */
  forget(): Promise<void> {
    this.asked = new Set();
    return this.check();
  }

  /** Reads the frame and asks about words not asked about yet (one check at a time). */
  check(): Promise<void> {
    this.running = this.running.then(() => this.run());
    return this.running;
  }

  private async run(): Promise<void> {
    if (this.woken || this.o.signal.aborted) return;
    const words = this.read();
    if (!words) return this.wakeUp();
    const fresh = [...words].filter((w) => !this.asked.has(w));
    if (!fresh.length) return;
    let named: boolean;
    try {
      named = await this.o.names(fresh);
    } catch {
      // Not marked as asked, so the next change asks again.
      return;
    }
    for (const w of fresh) this.asked.add(w);
    if (named && !this.o.signal.aborted) this.wakeUp();
  }

  /** The frame's words, or undefined past `PROBE_WORDS`. Open shadow roots are read as the highlighter reads them. */
  private read(): Set<string> | undefined {
    const roots: Node[] = [this.o.doc.documentElement];
    return wordsUpTo(roots, { ...this.o.walk, onShadowRoot: (r) => void roots.push(r) }, PROBE_WORDS);
  }

  private later(): void {
    if (this.timer !== undefined || this.woken) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.check();
    }, PROBE_SETTLE_MS);
  }

  private wakeUp(): void {
    this.woken = true;
    this.quiet();
    this.o.wake();
  }

  private quiet(): void {
    this.observer?.disconnect();
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
