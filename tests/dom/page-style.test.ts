/** Each highlight's own inline look: what beats a page's layered !important rules. */
import { PageLook } from '../../dom/page-look';
import { EDITOR_SELECTOR } from '../../dom/collect';
import { highlightCss, highlightInline, nameRangeCss, quoteCss } from '../../dom/page-style';
import { AFFILIATION_PALETTE } from '../../lib/affiliation';
import { DEFAULT_SETTINGS } from '../../lib/settings';

const s = (change: Partial<typeof DEFAULT_SETTINGS>) => ({ ...DEFAULT_SETTINGS, ...change });

test.each([
  ['the soft style in the chosen colour', s({}), undefined, ['display: inline !important', 'background-color: #f2c94c66 !important']],
  ['a group’s colour when colouring by affiliation', s({ colorByAffiliation: true }), 2, [`background-color: ${AFFILIATION_PALETTE[2]}66`]],
  ['the chosen colour when not colouring by affiliation', s({ colorByAffiliation: false }), 2, ['background-color: #f2c94c66']],
  ['an underline', s({ highlightStyle: 'underline', highlightColor: '#112233' }), undefined, ['text-decoration: underline 2px #112233']],
])('%s', (_what, settings, group, parts) => {
  const css = highlightInline(settings, group);
  for (const part of parts) expect(css).toContain(part);
});

test('the outline style keeps its outline in the stylesheet, where the focus ring can still replace it', () => {
  const css = highlightInline(s({ highlightStyle: 'outline' }), undefined);
  expect(css).not.toContain('outline');
  expect(css).toContain('visibility: visible !important');
  expect(highlightCss(s({ highlightStyle: 'outline' }))).toContain('outline: 1.5px solid #f2c94c !important');
});

test('the stylesheet’s selectors outweigh ten ids, so unlayered page rules cannot beat them', () => {
  expect(highlightCss(DEFAULT_SETTINGS)).toContain(`dramatis-mark[data-person]${':not(#\\#)'.repeat(10)} {`);
});

test('the quote markers’ sheet goes in only with the first marker: no page without a quote restyles every element', () => {
  // Any ::highlight() rule makes the browser restyle the whole page; the highlights' sheet has none.
  expect(highlightCss(DEFAULT_SETTINGS)).not.toContain('::highlight');
  expect(quoteCss(DEFAULT_SETTINGS)).toContain('::highlight(dramatis-quote)');
  const sheets = () => document.adoptedStyleSheets.length + document.querySelectorAll('style[data-dramatis]').length;
  const before = sheets();
  const look = new PageLook(document, DEFAULT_SETTINGS);
  expect(sheets()).toBe(before);
  look.inlineStyle(undefined);
  expect(sheets()).toBe(before + 1);
  look.ensureQuoteStyle();
  look.ensureQuoteStyle();
  expect(sheets()).toBe(before + 2);
  // Names drawn with ranges have a sheet of their own, one whether it reaches editors or the page.
  look.ensureRangeStyle('editors');
  look.ensureRangeStyle('page');
  look.ensureRangeStyle('editors');
  expect(sheets()).toBe(before + 3);
  look.remove();
  expect(sheets()).toBe(before);
});

// [scope, a rule as it is written]: scoped to editors, every name rule is written for the editors' subtrees only.
test.each([
  ['editors', `:is(${EDITOR_SELECTOR}) ::highlight(dramatis-name), :is(${EDITOR_SELECTOR})::highlight(dramatis-name) {`],
  ['page', '::highlight(dramatis-name) {'],
] as const)('names drawn with ranges, reaching %s', (scope, rule) => {
  const css = nameRangeCss(DEFAULT_SETTINGS, scope);
  const rules = css.split('\n');
  expect(rules).toHaveLength(AFFILIATION_PALETTE.length + 2);
  expect(rules[0]!.startsWith(rule)).toBe(true);
  // No rule in the scoped sheet reaches outside the editors.
  if (scope === 'editors') for (const r of rules) expect(r.startsWith(':is(')).toBe(true);
});
