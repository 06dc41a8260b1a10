/**
 * A page or frame that names nobody pays for no stylesheet, card host or shadow root; the first name that turns
 * up, even later, gets them all.
 */
import { PageController } from '../../dom/page-controller';
import { buildDirectory } from '../../lib/directory';
import { compileMatcher } from '../../lib/matcher';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { bundled } from '../support/article';

const directory = buildDirectory([bundled()]);
let page: PageController | undefined;

function start(html: string): PageController {
  document.body.innerHTML = html; // test fixture setup only, never page code
  page = new PageController({
    doc: document,
    directory: () => directory,
    matcher: compileMatcher(directory.people),
    settings: DEFAULT_SETTINGS,
    cardCss: '',
    t: (key) => key,
    onTally: () => undefined,
    hideName: () => undefined,
    openPerson: () => undefined,
  });
  return page;
}
const shadowRoots = vi.spyOn(Element.prototype, 'attachShadow');

afterEach(async () => {
  await page?.stop();
  page = undefined;
  document.body.textContent = '';
  shadowRoots.mockClear();
});

test('a page with no names gets no stylesheet, no card host and no shadow root', async () => {
  await start('<p>An advertisement for garden furniture, on sale this week only.</p>').ready;
  expect(document.adoptedStyleSheets).toHaveLength(0);
  expect(document.querySelector('style, dramatis-card')).toBeNull();
  expect(shadowRoots).not.toHaveBeenCalled();
});

test('a name added later is still highlighted, with the stylesheet installed then', async () => {
  await start('<p>Nothing to see here.</p>').ready;
  const p = document.createElement('p');
  p.textContent = 'Then Kim Darroch resigned.';
  document.body.append(p);
  await vi.waitFor(() => expect(document.querySelector('dramatis-mark')?.textContent).toBe('Kim Darroch'));
  expect(document.adoptedStyleSheets).toHaveLength(1);
  // The card comes with the first card, not with the first highlight.
  expect(shadowRoots).not.toHaveBeenCalled();
});

test('stopping a page that never highlighted removes nothing and leaves no sheet', async () => {
  const c = start('<p>Nothing to see here.</p>');
  await c.ready;
  const before = document.body.innerHTML;
  await c.stop();
  expect(document.body.innerHTML).toBe(before);
  expect(document.adoptedStyleSheets).toHaveLength(0);
});
