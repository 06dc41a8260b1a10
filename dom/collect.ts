/**
 * Walks a subtree's text nodes into matcher segments, skipping what must never
 * be touched (scripts, styles, editors, form fields, SVG, hidden subtrees and
 * Dramatis's own elements), and cutting the text into chunks at block
 * boundaries so the matcher can run in slices.
 */
import type { Boundary, Segment } from '../lib/tokens';

/** The tag Dramatis wraps names in. A custom name, so page CSS for `mark` or `span` misses it. */
export const MARK_TAG = 'dramatis-mark';

const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'SVG',
  'MATH',
  'HEAD',
  'TITLE',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  MARK_TAG.toUpperCase(),
  'DRAMATIS-CARD',
]);

// Editors that render into ordinary elements, recognised by class without a selector match per element:
// CodeMirror (5 and 6), Monaco, ProseMirror (and Tiptap on it), Ace, Quill, Draft.js, TinyMCE, CKEditor 4 and 5.
const EDITOR_CLASSES = [
  'CodeMirror',
  'cm-editor',
  'monaco-editor',
  'ProseMirror',
  'ace_editor',
  'ql-editor',
  'DraftEditor-root',
  'mce-content-body',
  'tox-edit-area',
  'ck-editor__editable',
  'cke_editable',
];
const EDITOR_CLASS = new RegExp(`(?:^|\\s)(?:${EDITOR_CLASSES.join('|')})(?:\\s|$)`);

/**
 * A selector for every element `isEditorRoot` accepts (and `contenteditable="false"` too, which is harmless where
 * it is used): it scopes the look of names drawn with ranges to the editors, so adopting it restyles only them.
 */
export const EDITOR_SELECTOR = [
  '[contenteditable]',
  '[role="textbox"]',
  '[data-slate-editor]',
  '[data-lexical-editor]',
  ...EDITOR_CLASSES.map((c) => `.${c}`),
].join(', ');

const INLINE_TAGS = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'DATA',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'DEL',
  'LABEL',
  'MARK',
  'Q',
  'RUBY',
  'S',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
  'BIG',
  'TT',
  'NOBR',
]);

/** Whether the walk treats an element as inline: names run across inline elements, not out of blocks. */
export function isInline(el: Element): boolean {
  return INLINE_TAGS.has(el.tagName.toUpperCase());
}

/**
 * Whether an element's subtree is never read: scripts, styles, form fields, code, hidden subtrees and our own
 * elements. Reads attributes only: no style or selector matching per element, which would force style work on
 * big pages.
 */
export function isOffLimits(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.namespaceURI && el.namespaceURI !== 'http://www.w3.org/1999/xhtml') return true;
  return el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';
}

/**
 * Whether an element is the root of an editor: editable (`contenteditable`, `role="textbox"`) or a known
 * editor's root (by class, or Slate's and Lexical's attribute). Never wrapped; drawn with ranges where they
 * may be used (dom/regions.ts).
 */
export function isEditorRoot(el: Element): boolean {
  const editable = el.getAttribute('contenteditable');
  if ((editable !== null && editable !== 'false') || el.getAttribute('role') === 'textbox') return true;
  if (el.hasAttribute('data-slate-editor') || el.hasAttribute('data-lexical-editor')) return true;
  const cls = el.getAttribute('class');
  return !!cls && EDITOR_CLASS.test(cls);
}

/** How each region is drawn (see dom/regions.ts). */
export interface RegionPolicy {
  /** What a walk that starts at `node` does, from the node and everything above it. */
  kindAt(node: Node): 'skip' | 'ranged' | 'wrap';
  /** At an element the walk enters that is not off limits: whether ranges start there, or it is skipped. */
  enter(el: Element): 'ranged' | 'skip' | undefined;
}

/** A walk given no policy (the benchmark's references, tests): editors are skipped, everything else read. */
const SKIP_EDITORS: RegionPolicy = {
  kindAt(node) {
    if (node.nodeType !== 1) return 'wrap';
    for (let el: Element | null = node as Element; el; el = el.parentElement) if (isOffLimits(el) || isEditorRoot(el)) return 'skip';
    return 'wrap';
  },
  enter: (el) => (isEditorRoot(el) ? 'skip' : undefined),
};

const BLOCK_END = 1;
const INLINE_END = 2;
const RANGED_END = 3;

/** A chunk of text ready for the matcher: its segments and the text node behind each. */
export interface Chunk {
  segments: Segment[];
  nodes: Text[];
  /** Drawn with ranges, not wrapped (an editor, or text the page re-renders): the page's DOM is not touched. */
  ranged?: true;
}

/** How to walk: chunk size, shadow roots met, whether our own highlights are read, how regions are drawn. */
export interface CollectOptions {
  chunkChars?: number;
  onShadowRoot?(r: ShadowRoot): void;
  /** Whether our highlights' text is read too (a count over the whole page), or left out as already matched. */
  readMarks?: boolean;
  regions?: RegionPolicy;
}

/**
 * Yields chunks of about `chunkChars` characters, each ending at a block boundary,
 * so no name is cut in two. Work happens lazily: one chunk per `next()`. A chunk is
 * all wrapped or all ranged: it ends where a ranged region starts or ends.
 */
export function* collectChunks(root: Node, o: CollectOptions = {}): Generator<Chunk> {
  const { chunkChars = 16_000, onShadowRoot, readMarks = false, regions = SKIP_EDITORS } = o;
  // A root that is itself off limits gives nothing, as it would inside a bigger walk: an editor added
  // later, or the contenteditable body of a rich-text editor's frame (unless it is drawn with ranges).
  const start = regions.kindAt(root);
  if (start === 'skip') return;
  let ranged = start === 'ranged';
  const fresh = (): Chunk => (ranged ? { segments: [], nodes: [], ranged: true } : { segments: [], nodes: [] });
  let chunk = fresh();
  let size = 0;
  let pending: Boundary = 'block';
  // Iterative walk; end markers are popped after an element's children.
  const stack: Array<Node | typeof BLOCK_END | typeof INLINE_END | typeof RANGED_END> = [root];
  while (stack.length) {
    const item = stack.pop()!;
    if (item === INLINE_END) {
      if (pending === 'none') pending = 'inline';
      continue;
    }
    if (item === RANGED_END) {
      // Out of a ranged region: what it gave is a chunk of its own.
      if (chunk.segments.length) yield chunk;
      ranged = false;
      chunk = fresh();
      size = 0;
      pending = 'block';
      continue;
    }
    if (item === BLOCK_END) {
      pending = 'block';
      if (size >= chunkChars) {
        yield chunk;
        chunk = fresh();
        size = 0;
      }
      continue;
    }
    if (item.nodeType === 3) {
      const text = item as Text;
      const parent = text.parentNode;
      if (!text.data || (parent?.nodeType === 1 && (parent as Element).tagName === 'HTML')) continue;
      chunk.segments.push({ text: text.data, boundary: chunk.segments.length ? pending : 'block' });
      chunk.nodes.push(text);
      size += text.data.length;
      pending = 'none';
      continue;
    }
    if (item.nodeType === 1) {
      const el = item as Element;
      const tag = el.tagName.toUpperCase();
      if (el.localName === MARK_TAG && !readMarks) {
        // Our own highlight: its text is taken, but it is only an inline boundary.
        if (pending === 'none') pending = 'inline';
        continue;
      }
      const ours = readMarks && el.localName === MARK_TAG;
      // Each element's attributes are read once: off limits, or (outside a ranged region) where one starts.
      let region: 'ranged' | 'skip' | undefined;
      if (el !== root && !ours) {
        if (isOffLimits(el)) region = 'skip';
        else if (!ranged) region = regions.enter(el);
      }
      if (region === 'skip' || tag === 'BR') {
        pending = 'block';
        continue;
      }
      if (region === 'ranged') {
        // A region drawn with ranges: its text starts a chunk of its own, which ends with it.
        if (chunk.segments.length) yield chunk;
        size = 0;
        ranged = true;
        chunk = fresh();
        pending = 'block';
        stack.push(RANGED_END);
      }
      const inline = ours || isInline(el);
      if (inline && pending === 'none') pending = 'inline';
      if (!inline) pending = 'block';
      stack.push(inline ? INLINE_END : BLOCK_END);
    } else if (item.nodeType !== 9 && item.nodeType !== 11) continue;
    const kids = item.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    // Open shadow roots render in place of the light children: walk them first.
    const shadow = item.nodeType === 1 ? (item as Element).shadowRoot : null;
    if (shadow) {
      onShadowRoot?.(shadow);
      stack.push(BLOCK_END, shadow);
    }
  }
  if (chunk.segments.length) yield chunk;
}
