/** The popup's and the options page's lists of people, rendered with happy-dom, with a big dataset. */
import { syntheticDataset } from '../../bench/generate';
import { PeopleSection, PEOPLE_SHOWN } from '../../components/options/PeopleSection';
import { PopupView, type PopupViewProps } from '../../components/PopupView';
import { buildDirectory } from '../../lib/directory';
import { searchPeople } from '../../lib/people-search';
import { bundled } from '../support/article';
import { testRoot } from '../support/render';

const big = buildDirectory([syntheticDataset(3_000, bundled())]).people;
const small = buildDirectory([bundled()]).people;
const root = testRoot();

const none = () => undefined;
function popup(p: Partial<PopupViewProps>) {
  const props: PopupViewProps = {
    ...{ rows: [], host: 'example.com', enabled: true, paused: false, query: '', matching: null, results: [], total: 0 },
    ...{ status: '', theme: 'light', details: () => ({ said: [], saidAbout: [] }), onJump: none, onToggle: none },
    ...{ onQuery: none, onSite: none, onPause: none, onOptions: none, onOpenPerson: none },
    ...p,
  };
  root.show(<PopupView {...props} />);
}
const everyone = (people: typeof big) => people.map((person) => ({ person, field: 'name' as const, score: 0 }));
const listed = (sel: string) => [...root.el.querySelectorAll(sel)].map((li) => li.getAttribute('data-person') ?? li.id);

test.each([
  ['a big directory', big, 50, 'The first 50 of 3,013 people. Search to find the others.'],
  ['the bundled one', small, 50, null],
])('with nobody on the page, the popup lists the first of everyone from %s, and says so if there are more', (_, people, n, note) => {
  popup({ results: everyone(people.slice(0, n)), total: people.length });
  expect(listed('.results li')).toEqual(people.slice(0, n).map((p) => p.id));
  expect([...root.el.querySelectorAll('.muted')].map((m) => m.textContent).find((t) => t?.startsWith('The first')) ?? null).toBe(note);
});

test('a query filters the page’s people by what it matches among them, not by where they rank overall', () => {
  const [kim, boris] = ['kim-darroch', 'boris-johnson'].map((id) => small.find((p) => p.id === id)!);
  const rows = [kim!, boris!].map((person) => ({ person, count: 1, share: 0.5 }));
  popup({ rows, query: 'darroch', matching: new Set(['kim-darroch']), results: searchPeople(small, 'darroch'), total: small.length });
  expect(listed('.people .person')).toEqual(['kim-darroch']);
  // With no hits overall, the page's matches still show.
  popup({ rows, query: 'boris', matching: new Set(['boris-johnson']), results: [], total: small.length });
  expect(listed('.people .person')).toEqual(['boris-johnson']);
});

test('search results say why they matched, leave out the page’s people, and open the person when clicked', () => {
  const opened: string[] = [];
  const boris = small.find((p) => p.id === 'boris-johnson')!;
  const rows = [{ person: boris, count: 5, share: 1 }];
  const results = searchPeople(small, 'may');
  const matching = new Set(searchPeople([boris], 'may').map((h) => h.person.id));
  popup({ rows, query: 'may', matching, results, total: small.length, onOpenPerson: (id) => opened.push(id) });
  // Boris is on the page: listed there, not again under "Everyone else".
  expect(listed('.people .person')).toEqual(['boris-johnson']);
  expect(listed('.results li')).toEqual(results.map((h) => h.person.id).filter((id) => id !== 'boris-johnson'));
  expect(root.el.querySelector('#everyone')!.textContent).toBe('Everyone else');
  // A hit in a description or a quote shows the words around the match, the match emphasised.
  for (const h of results.filter((x) => (x.field === 'description' || x.field === 'quote') && x.person.id !== 'boris-johnson')) {
    const li = root.el.querySelector(`.results li[data-person="${h.person.id}"]`)!;
    expect(li.querySelector('.snippet mark')!.textContent.toLowerCase()).toBe('may');
    expect(li.querySelector('.why-label')!.textContent).toMatch(/^In (a quote|the description):/);
  }
  expect(results.some((h) => h.field === 'description')).toBe(true);
  (root.el.querySelector('.results li button') as HTMLButtonElement).click();
  expect(opened).toEqual([results.find((h) => h.person.id !== 'boris-johnson')!.person.id]);
});

function options(people: typeof big, focus?: string) {
  const props = { people, disabled: [], hidden: [], focus, onPerson: none, onUnhide: none };
  root.show(<PeopleSection {...props} />);
}

test('options list at most PEOPLE_SHOWN people, and the one a card sent the reader to', () => {
  options(big, 'p-2999');
  const ids = listed('.people-list li').map((id) => id.replace(/^person-/, ''));
  expect(ids).toEqual([...big.slice(0, PEOPLE_SHOWN).map((p) => p.id), 'p-2999']);
  expect(root.el.textContent).toContain(`The first ${PEOPLE_SHOWN} of 3,013 people.`);
  options(small);
  expect(listed('.people-list li')).toHaveLength(small.length);
  expect(root.el.textContent).not.toContain('The first');
});

test('searching the options list finds people past the first PEOPLE_SHOWN', async () => {
  options(big);
  const input = root.el.querySelector<HTMLInputElement>('input[type="search"]')!;
  input.value = big[2_500]!.name;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await new Promise((r) => setTimeout(r, 0));
  expect(listed('.people-list li')[0]).toBe(`person-${big[2_500]!.id}`);
});

test('when people cannot be looked up, the popup says why where everyone sees it', () => {
  popup({ rows: null, error: 'background gone' });
  expect(root.el.querySelector('[role="alert"]')?.textContent).toBe(
    'Dramatis couldn’t look people up (background gone). Close this popup and open it again.',
  );
  popup({ rows: [] });
  expect(root.el.querySelector('[role="alert"]')).toBeNull();
});

test.each<[string, Partial<PopupViewProps>, string]>([
  ['paused everywhere', { paused: true }, 'Paused everywhere: nothing is highlighted until you switch it back on.'],
  ['switched off on this site', { enabled: false }, 'Off on example.com: switch it on above to highlight the names on this page.'],
  ['on, with nobody named', {}, 'nobodyOnPage'],
])('with nothing on the page, the popup says why: %s', (_what, p, note) => {
  popup({ results: everyone(small), total: small.length, ...p });
  const text = root.el.querySelector('p[role="note"]')!.textContent;
  if (note === 'nobodyOnPage') expect(text).not.toMatch(/Paused|Off on/);
  else expect(text).toBe(note);
});

test('while paused, the site switch still shows that the site is on, and cannot be pressed', () => {
  popup({ paused: true, enabled: true });
  const site = root.el.querySelector<HTMLInputElement>('input[role="switch"], input[type="checkbox"]')!;
  expect(site.checked).toBe(true);
  expect(site.disabled).toBe(true);
});
