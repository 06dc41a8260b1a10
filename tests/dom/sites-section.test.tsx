/** Options → Sites answers every add: what it added, what was already there or covered, and a list that turns Dramatis off. */
import { SitesSection } from '../../components/options/SitesSection';
import { testRoot } from '../support/render';

const root = testRoot();

function show(mode: 'except' | 'only', rules: string[]) {
  const saved: string[][] = [];
  root.show(<SitesSection mode={mode} rules={rules} onMode={() => undefined} onRules={(r) => saved.push(r)} />);
  return saved;
}

async function add(text: string) {
  const area = root.el.querySelector<HTMLTextAreaElement>('#rule-input')!;
  area.value = text;
  area.dispatchEvent(new Event('input', { bubbles: true }));
  await new Promise((r) => setTimeout(r, 0));
  root.el.querySelector<HTMLFormElement>('form.add-rules')!.requestSubmit();
  await new Promise((r) => setTimeout(r, 0));
}
const notes = () => [...root.el.querySelectorAll('#rule-notes p')].map((p) => p.textContent);

test.each([
  ['a site already listed', ['bbc.co.uk'], 'bbc.co.uk', [], ['“bbc.co.uk” is already listed.']],
  ['a subdomain of a listed site', ['bbc.co.uk'], 'news.bbc.co.uk', [], ['“news.bbc.co.uk” is already covered by “bbc.co.uk”.']],
  [
    'a pattern under a listed site',
    ['bbc.co.uk'],
    'https://www.bbc.co.uk/news/*',
    [],
    ['“https://www.bbc.co.uk/news/*” is already covered by “bbc.co.uk”.'],
  ],
  ['the same site pasted twice', [], 'lemonde.fr\nlemonde.fr', [['lemonde.fr']], ['“lemonde.fr” is already listed.']],
  // Near misses: a parent of a listed site, or a look-alike, is new.
  ['a parent of a listed site', ['news.bbc.co.uk'], 'bbc.co.uk', [['news.bbc.co.uk', 'bbc.co.uk']], []],
  ['a look-alike', ['bbc.co.uk'], 'notbbc.co.uk', [['bbc.co.uk', 'notbbc.co.uk']], []],
  ['a listed site on another port', ['example.com:8080'], 'example.com', [['example.com:8080', 'example.com']], []],
])('adding %s', async (_what, rules, typed, saved, said) => {
  const calls = show('except', rules);
  await add(typed);
  expect(calls).toEqual(saved);
  expect(notes()).toEqual(said);
});

test('“Only on…” with nothing listed says that Dramatis runs nowhere; with a site, it does not', () => {
  show('only', []);
  expect(root.el.querySelector('.warning[role="alert"]')?.textContent).toContain('Dramatis runs nowhere');
  show('only', ['bbc.co.uk']);
  expect(root.el.querySelector('.warning')).toBeNull();
  show('except', []);
  expect(root.el.querySelector('.warning')).toBeNull();
});

test('an internationalised site is shown as typed, and kept in the browser’s form', async () => {
  const calls = show('except', []);
  await add('ÉCOLE.fr');
  expect(calls).toEqual([['xn--cole-9oa.fr']]);
  show('except', ['xn--cole-9oa.fr']);
  const code = root.el.querySelector('.rules code')!;
  expect(code.textContent).toBe('école.fr');
  expect(code.getAttribute('title')).toBe('xn--cole-9oa.fr');
  expect(root.el.querySelector('.rules button')!.getAttribute('aria-label')).toBe('Edit école.fr');
});
