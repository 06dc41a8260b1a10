/**
 * The reader's selection, read for the capture panel without changing it: its text, where it stands on
 * screen, and the text of its block around it (for the role suggestion and the quote's selector). A selection
 * inside a text field is read from the field's value; the field, its caret and the page's selection are left
 * exactly as they were.
 */
import { isInline, MARK_TAG } from './collect';

/** A selection as the capture panel needs it. */
export interface ReadSelection {
  /** The selected text as the page has it. */
  text: string;
  /** Where the panel stands by. */
  rect: DOMRect;
  /** The selection's block's text, and where the selection starts and ends in it. */
  blockText: string;
  start: number;
  end: number;
  /** The selection itself (a copy), when it is in the page's text rather than a field. */
  range?: Range;
  /** The text field it is in, if it is. */
  field?: HTMLInputElement | HTMLTextAreaElement;
}

/** The nearest ancestor that is not inline: the paragraph, list item or cell the selection is in. */
export function blockOf(node: Node): Element {
  let el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (el && el.parentElement && (isInline(el) || el.localName === MARK_TAG)) el = el.parentElement;
  return el ?? node.ownerDocument!.documentElement;
}

const TEXT_INPUTS = new Set(['text', 'search', 'url', 'email', 'tel', '']);

/**
 * Whether this frame answers a capture request (`dramatis/capture`): one that claims goes to every frame, and
 * only the frame holding a selection answers it; one that names the frame is always answered.
 */
export function answersCapture(doc: Document, claim: boolean): boolean {
  return !claim || !!readSelection(doc);
}

/** The selection in `doc`, or undefined when nothing (or only white space) is selected. */
export function readSelection(doc: Document): ReadSelection | undefined {
  const active = doc.activeElement;
  if (
    active instanceof doc.defaultView!.HTMLTextAreaElement ||
    (active instanceof doc.defaultView!.HTMLInputElement && TEXT_INPUTS.has(active.type))
  ) {
    const field = active;
    const start = field.selectionStart ?? 0;
    const end = field.selectionEnd ?? 0;
    const text = field.value.slice(start, end);
    if (!text.trim()) return undefined;
    return { text, rect: field.getBoundingClientRect(), blockText: field.value, start, end, field };
  }
  const sel = doc.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return undefined;
  const range = sel.getRangeAt(0).cloneRange();
  const text = sel.toString();
  if (!text.trim()) return undefined;
  const block = blockOf(range.commonAncestorContainer);
  const before = doc.createRange();
  before.setStart(block, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  const blockText = block.textContent ?? '';
  const rects = range.getClientRects();
  // The line the selection ends on: the panel stands below where the reader's pointer let go.
  const rect = rects[rects.length - 1] ?? range.getBoundingClientRect();
  return { text, rect, blockText, start, end: start + range.toString().length, range };
}
