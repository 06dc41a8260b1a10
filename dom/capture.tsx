/**
 * The capture panel's container (issue 17): reads the selection, has the draft worked out from it and the page
 * (`capture-draft.ts`), shows the panel in the card's shadow root, and hands saves to the background. The page's selection, caret
 * and text fields are left as they were, and given back their focus when the panel closes.
 */
import { CapturePanel } from '../components/capture/CapturePanel';
import type { PersonChoice } from '../components/capture/types';
import type { Translate } from '../components/i18n';
import type { SaveReply } from '../lib/messages';
import type { CaptureChange } from '../lib/notes';
import type { NameForm, Person } from '../lib/schema';
import type { CardHost } from './card-host';
import { draftOf } from './capture-draft';
import type { PageCount } from './preview-count';
import type { HighlightMode } from './regions';
import { type ReadSelection, readSelection } from './selection';

/** What the capture panel needs from the content script around it. */
export interface CaptureOptions {
  doc: Document;
  /** The page's URL (an about:blank frame's is its parent's). */
  url(): string;
  host(): CardHost;
  t: Translate;
  theme(): 'light' | 'dark';
  siteOn(): boolean;
  /** How names are drawn, so counts cover the regions the highlighter reads (editors drawn with ranges). */
  mode(): HighlightMode;
  /** Counts on this document ("would highlight N here"), sharing its read of the page with other counts. */
  counter: PageCount;
  /** The people highlighted on this page, and the one named nearest before `range`. */
  onPage(range?: Range): { people: PersonChoice[]; nearest?: string };
  /** Known people whose names start with one of these words. */
  known(words: string[]): Promise<Person[]>;
  search(query: string): Promise<PersonChoice[]>;
  save(change: CaptureChange): Promise<SaveReply>;
  /** Whether the extension is still there to save to (false once it was reloaded or updated). */
  alive(): boolean;
}

/**
 * The translator, remembering what it answered: once the extension is gone, the browser's `i18n` throws, and
 * the panel must still render to say so (with the words it has already shown, and `captureGone` asked early).
 */
function remembering(t: Translate): Translate {
  const seen = new Map<string, string>();
  return (key, ...subs) => {
    const id = `${key}\n${subs.join('\n')}`;
    try {
      const text = t(key, ...subs);
      seen.set(id, text);
      return text;
    } catch {
      return seen.get(id) ?? seen.get(`${key}\n`) ?? '';
    }
  };
}

/** Opens and closes the capture panel on one document. */
export class Capture {
  private open_ = false;
  private gone = false;
  private render?: () => void;
  private restore?: () => void;
  private known = new Map<string, Person>();
  private opens = 0;
  private timer?: number;
  private win?: Window;

  private readonly t: Translate;

  constructor(private readonly o: CaptureOptions) {
    this.t = remembering(o.t);
  }

  /** Opens the panel; with `claim`, only when this frame holds a selection (it answers whether it opened). */
  async open(claim: boolean): Promise<boolean> {
    const { doc } = this.o;
    const sel = readSelection(doc);
    if (claim && !sel) return false;
    const { draft, selector, known } = await draftOf(doc, sel, {
      known: this.o.known,
      onPage: this.o.onPage,
      siteOn: this.o.siteOn(),
      url: this.o.url(),
    });
    for (const p of known) this.known.set(p.id, p);
    this.remember(sel);
    const win = doc.defaultView!;
    const at = sel?.rect ?? new win.DOMRect(win.innerWidth / 2 - 190, 24, 0, 0);
    this.open_ = true;
    // Asked now, while the browser can still answer.
    this.t('captureGone');
    // A new panel for each opening; the same one, with what the reader typed, when it is only told it is gone.
    const key = ++this.opens;
    this.render = () =>
      this.o.host().showPanel(
        <CapturePanel
          key={key}
          draft={draft}
          selector={selector}
          theme={this.o.theme()}
          notesTitle={this.t('myNotes')}
          gone={this.gone}
          count={(names, personId) => this.count(names, personId)}
          search={(q) => this.o.search(q)}
          save={(change) =>
            this.o.save(change).catch((e: Error) => {
              if (!this.o.alive()) this.markGone();
              throw e;
            })
          }
          onClose={() => this.close()}
        />,
        at,
        this.t,
      );
    this.render();
    // Nothing tells a page that the extension went away: while the panel is open, it asks once a second, so
    // the reader learns it before typing more.
    this.win = win;
    win.clearInterval(this.timer);
    this.timer = win.setInterval(() => !this.o.alive() && this.markGone(), 1000);
    return true;
  }

  /** How many mentions these forms, with `personId`'s own, would get on this page. */
  private count(names: NameForm[], personId?: string): number {
    const base = personId ? (this.known.get(personId)?.names ?? []) : [];
    return this.o.counter.count([...base, ...names], this.o.mode());
  }

  /** What to give back on close: the text field's focus (its caret with it), or the page's selection. */
  private remember(sel: ReadSelection | undefined): void {
    const { doc } = this.o;
    const active = doc.activeElement as HTMLElement | null;
    const range = sel?.range;
    this.restore = () => {
      if (sel?.field) return sel.field.focus({ preventScroll: true });
      if (!range) return active?.focus?.({ preventScroll: true });
      const editable = range.startContainer.parentElement?.closest<HTMLElement>('[contenteditable]:not([contenteditable="false"])');
      editable?.focus({ preventScroll: true });
      const s = doc.getSelection();
      s?.removeAllRanges();
      s?.addRange(range);
    };
  }

  /** Whether the panel is open. */
  get isOpen(): boolean {
    return this.open_;
  }

  /** The extension was reloaded: the panel stays, with what the reader typed, but says it cannot save. */
  markGone(): void {
    this.win?.clearInterval(this.timer);
    if (this.gone) return;
    this.gone = true;
    if (this.open_) this.render?.();
  }

  /** Closes the panel and gives the page its focus and selection back. */
  close(): void {
    if (!this.open_) return;
    this.open_ = false;
    this.win?.clearInterval(this.timer);
    this.o.host().hidePanel();
    this.restore?.();
  }
}
