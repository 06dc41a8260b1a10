/**
 * Issue 23 in happy-dom: which regions are drawn with ranges (editors by attribute and by known editor class, a
 * design-mode document, text the page re-renders), how the walk cuts chunks there, and what each mode does.
 */
import { collectChunks, EDITOR_SELECTOR } from '../../dom/collect';
import { CHURN_LIMIT, type HighlightMode, Regions } from '../../dom/regions';

afterEach(() => {
  document.body.textContent = '';
  document.designMode = 'off';
});

/** The chunks of the body: each one's text, starred when it is drawn with ranges. */
function chunks(html: string, mode: HighlightMode, supported = true): string[] {
  document.body.innerHTML = html; // test fixture setup only, never page code
  const regions = new Regions(document, mode, supported);
  return [...collectChunks(document.body, { regions })].map((c) => `${c.ranged ? '*' : ''}${c.segments.map((s) => s.text).join('|')}`);
}

const EDITORS: Array<[string, string]> = [
  ['contenteditable', '<div contenteditable="true">Kim Darroch</div>'],
  ['contenteditable (empty value)', '<div contenteditable>Kim Darroch</div>'],
  ['plaintext-only', '<div contenteditable="plaintext-only">Kim Darroch</div>'],
  ['role=textbox', '<div role="textbox">Kim Darroch</div>'],
  ['ProseMirror', '<div class="ProseMirror">Kim Darroch</div>'],
  ['CodeMirror 6', '<div class="cm-editor">Kim Darroch</div>'],
  ['CodeMirror 5', '<div class="x CodeMirror y">Kim Darroch</div>'],
  ['Monaco', '<div class="monaco-editor">Kim Darroch</div>'],
  ['Quill', '<div class="ql-editor">Kim Darroch</div>'],
  ['Slate', '<div data-slate-editor="true">Kim Darroch</div>'],
  ['Lexical', '<div data-lexical-editor="true">Kim Darroch</div>'],
  ['Draft.js', '<div class="DraftEditor-root">Kim Darroch</div>'],
  ['TinyMCE', '<div class="mce-content-body">Kim Darroch</div>'],
  ['CKEditor 5', '<div class="ck ck-editor__editable">Kim Darroch</div>'],
  ['CKEditor 4', '<div class="cke_editable">Kim Darroch</div>'],
];

test.each(EDITORS)('%s: ranges in automatic mode, skipped when wrapping, ranges when never changing pages', (_, editor) => {
  const html = `<p>Before Boris Johnson</p>${editor}<p>After Theresa May</p>`;
  expect(chunks(html, 'auto')).toEqual(['Before Boris Johnson', '*Kim Darroch', 'After Theresa May']);
  expect(chunks(html, 'wrap')).toEqual(['Before Boris Johnson|After Theresa May']);
  expect(chunks(html, 'ranges')).toEqual(['*Before Boris Johnson|Kim Darroch|After Theresa May']);
});

test('without the Highlight API nothing is drawn with ranges: editors are skipped, as before', () => {
  const html = '<p>Boris Johnson</p><div contenteditable="true">Kim Darroch</div>';
  expect(chunks(html, 'auto', false)).toEqual(['Boris Johnson']);
  expect(chunks(html, 'ranges', false)).toEqual(['Boris Johnson']);
});

test('contenteditable="false" is not an editor, and what is never read stays unread in every mode', () => {
  const html =
    '<div contenteditable="false">Kim Darroch</div><textarea>Boris Johnson</textarea><script>"Theresa May"</script><p hidden>Liam Fox</p>';
  for (const mode of ['auto', 'wrap', 'ranges'] as const)
    expect(chunks(html, mode)).toEqual([mode === 'ranges' ? '*Kim Darroch' : 'Kim Darroch']);
});

test('a walk that starts inside an editor (a page update there) is drawn with ranges; inside a textarea, not at all', () => {
  document.body.innerHTML = '<div contenteditable="true"><p id="a">Kim Darroch</p></div><textarea id="t">x</textarea>';
  const regions = new Regions(document, 'auto', true);
  expect(regions.kindAt(document.getElementById('a')!)).toBe('ranged');
  expect(regions.kindAt(document.getElementById('a')!.firstChild!)).toBe('ranged');
  expect(regions.kindAt(document.getElementById('t')!)).toBe('skip');
  expect(new Regions(document, 'wrap', true).kindAt(document.getElementById('a')!)).toBe('skip');
  const [chunk] = [...collectChunks(document.getElementById('a')!, { regions })];
  expect(chunk?.ranged).toBe(true);
});

test('a design-mode document is drawn with ranges, or not at all when wrapping', () => {
  document.body.innerHTML = '<p>Kim Darroch</p>';
  document.designMode = 'on';
  expect(new Regions(document, 'auto', true).kindAt(document.body)).toBe('ranged');
  expect(new Regions(document, 'wrap', true).kindAt(document.body)).toBe('skip');
  expect(new Regions(document, 'wrap', true).closed).toBe(true);
});

test(`a block the page re-renders is drawn with ranges after ${CHURN_LIMIT} re-renders, and not when wrapping`, () => {
  document.body.innerHTML = '<div id="app"><p>Kim Darroch</p></div>';
  const app = document.getElementById('app')!;
  const regions = new Regions(document, 'auto', true);
  const seen: boolean[] = [];
  for (let i = 0; i < CHURN_LIMIT + 1; i++) seen.push(regions.noteChurn(app));
  expect(seen).toEqual([...Array<boolean>(CHURN_LIMIT - 1).fill(false), true, false]);
  expect(regions.kindAt(app.firstElementChild!)).toBe('ranged');
  expect([...collectChunks(document.body, { regions })].map((c) => c.ranged)).toEqual([true]);
  const wrapping = new Regions(document, 'wrap', true);
  expect([wrapping.noteChurn(app), wrapping.noteChurn(app), wrapping.markRanged(app)]).toEqual([false, false, false]);
  expect(wrapping.kindAt(app)).toBe('wrap');
});

// How far the look of a name drawn with a range must reach (nameRangeCss), and the selector that scopes it.
test.each(EDITORS)('%s: a name inside reaches only editors; the editors’ selector matches the root', (_, editor) => {
  document.body.innerHTML = `<p id="out">Boris Johnson</p>${editor}`; // test fixture setup only, never page code
  const root = document.body.lastElementChild!;
  const inside = root.firstChild!;
  expect(root.matches(EDITOR_SELECTOR)).toBe(true);
  expect(new Regions(document, 'auto', true).scopeAt(inside)).toBe('editors');
  // Everywhere is drawn with ranges when the reader never lets pages change: the look reaches the page.
  expect(new Regions(document, 'ranges', true).scopeAt(inside)).toBe('page');
  expect(new Regions(document, 'auto', true).scopeAt(document.getElementById('out')!.firstChild!)).toBe('page');
  // Where the reader types, ranges follow the edits, in every mode; outside, they are static.
  for (const mode of ['auto', 'ranges'] as const) {
    expect(new Regions(document, mode, true).editableAt(inside)).toBe(true);
    expect(new Regions(document, mode, true).editableAt(document.getElementById('out')!.firstChild!)).toBe(false);
  }
});

test('text the reader cannot type in is not editable, even marked contenteditable="false", unless it sits in an editor', () => {
  // fixture setup only, never page code
  document.body.innerHTML = '<p contenteditable="false">a</p><div contenteditable="true"><span contenteditable="false">b</span></div>';
  const regions = new Regions(document, 'ranges', true);
  expect(regions.editableAt(document.querySelector('p')!.firstChild!)).toBe(false);
  expect(regions.editableAt(document.querySelector('span')!.firstChild!)).toBe(true);
});

test('plain blocks are not editors to the selector, and a design-mode document reaches the page', () => {
  document.body.innerHTML = '<p class="ProseMirror-gapcursor">a</p><div class="prose">b</div><div role="text">c</div>'; // fixture setup only
  for (const el of document.body.children) expect(el.matches(EDITOR_SELECTOR)).toBe(false);
  document.designMode = 'on';
  expect(new Regions(document, 'auto', true).scopeAt(document.body.firstChild!.firstChild!)).toBe('page');
  expect(new Regions(document, 'auto', true).editableAt(document.body.firstChild!.firstChild!)).toBe(true);
});
