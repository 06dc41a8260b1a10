/**
 * Where the page must not be changed (issue 23). Wrapping a name splits the page's text node and puts an
 * element in it: rich editors lose their caret or their markup, and an app that keeps its own text nodes
 * writes over the split. Those regions are highlighted with ranges instead (CSS Custom Highlight API), which
 * leaves the DOM as it is:
 * - editable regions (`contenteditable`, `role="textbox"`) and a `designMode` document;
 * - the roots of known editors (ProseMirror, CodeMirror, Monaco, Quill, Slate, Draft.js, TinyMCE, CKEditor…);
 * - text the page re-renders under us: it removed our highlights twice, or wrote over a text node we split.
 * The reader can choose to wrap everywhere it is safe (editors are then left alone, as before) or to never
 * change a page at all.
 */
import { isEditorRoot, isOffLimits } from './collect';
import type { RangeScope } from './page-style';

/** How names are drawn: chosen per region, wrapped everywhere safe, or never by changing the page. */
export type HighlightMode = 'auto' | 'wrap' | 'ranges';

/** Where a walk starting at a node stands: nothing to read, ranges, or wrapping. */
export type RegionKind = 'skip' | 'ranged' | 'wrap';

/** Times the page must remove our highlights under one block before it is highlighted with ranges. */
export const CHURN_LIMIT = 2;

/** The highlighting mode of each region of one document. */
export class Regions {
  private readonly churn = new WeakMap<Element, number>();
  private readonly churned = new WeakSet<Element>();
  private churnedCount = 0;

  constructor(
    private readonly doc: Document,
    readonly mode: HighlightMode,
    /** Whether this browser draws ranges (the CSS Custom Highlight API). */
    readonly supported: boolean,
  ) {}

  /** Whether ranges may be used at all. */
  private get ranges(): boolean {
    return this.supported && this.mode !== 'wrap';
  }

  /** Whether the whole document is drawn with ranges: the reader's choice, or a document in design mode. */
  get everywhere(): boolean {
    return this.ranges && (this.mode === 'ranges' || this.doc.designMode === 'on');
  }

  /** Whether nothing may be highlighted here at all: a design-mode document can only take ranges. */
  get closed(): boolean {
    return this.doc.designMode === 'on' && !this.ranges;
  }

  /**
   * For the walk, at an element it is entering that is not off limits: whether its subtree is drawn with ranges
   * from here, or is skipped (an editor where ranges may not be used).
   */
  enter(el: Element): 'ranged' | 'skip' | undefined {
    if (isEditorRoot(el)) return this.ranges ? 'ranged' : 'skip';
    return this.churnedCount && this.churned.has(el) ? 'ranged' : undefined;
  }

  /**
   * How far the look of a name drawn with a range at `node` must reach: only editors, when the node is in one
   * and the whole document is not drawn with ranges; otherwise the page (see `nameRangeCss`).
   */
  scopeAt(node: Node): RangeScope {
    return !this.everywhere && this.inEditor(node) ? 'editors' : 'page';
  }

  /** Whether the reader may type at a text node: a design-mode document, or inside an editor. */
  editableAt(node: Node): boolean {
    return this.doc.designMode === 'on' || this.inEditor(node);
  }

  /** Whether a node is inside an editor's root (`isEditorRoot`, as the walk knows them). */
  private inEditor(node: Node): boolean {
    for (let el = node.parentElement; el; el = el.parentElement) if (isEditorRoot(el)) return true;
    return false;
  }

  /** What a walk that starts at `node` does, from the node and everything above it. */
  kindAt(node: Node): RegionKind {
    if (this.closed) return 'skip';
    let kind: RegionKind = this.everywhere ? 'ranged' : 'wrap';
    for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
      if (isOffLimits(el)) return 'skip';
      const k = this.enter(el);
      if (k === 'skip') return 'skip';
      if (k) kind = 'ranged';
    }
    return kind;
  }

  /**
   * The page removed our highlights under `block` (a re-render): after `CHURN_LIMIT` times it is drawn with
   * ranges. True when that starts now.
   */
  noteChurn(block: Element): boolean {
    if (!this.ranges || this.churned.has(block)) return false;
    const n = (this.churn.get(block) ?? 0) + 1;
    this.churn.set(block, n);
    return n >= CHURN_LIMIT && this.markRanged(block);
  }

  /** Draws `block` with ranges from now on (the page wrote over text we split there). True if it was not. */
  markRanged(block: Element): boolean {
    if (!this.ranges || this.churned.has(block)) return false;
    this.churned.add(block);
    this.churnedCount++;
    return true;
  }
}
