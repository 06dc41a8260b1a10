import type { StoredDataset } from '../../lib/datasets';
import { copyPerson, editQuote, idFor, mergeInto, movePerson, removePerson, restorePerson, updatePerson } from '../../lib/dataset-edits';
import { applyCapture, type CaptureChange, NOTES_ID } from '../../lib/notes';
import { type Dataset, parseDataset } from '../../lib/schema';
import { toWebAnnotations } from '../../lib/web-annotation';
import bundledJson from '../../data/people.json';

const bundled = (parseDataset(bundledJson) as { ok: true; dataset: Dataset }).dataset;
const source = { url: 'https://news.example/story', title: 'A story', publisher: 'Example News', published: '2026-11-01' };
const corbyn: CaptureChange = {
  kind: 'person',
  person: {
    name: 'Keir Starmer',
    role: 'Labour leader',
    names: [
      { text: 'Keir Starmer', match: 'always' },
      { text: 'Starmer', match: 'anchored' },
    ],
  },
  source,
};
const ok = (r: ReturnType<typeof applyCapture>) => {
  if (!r.ok) throw new Error(r.error);
  return r;
};
const notesOf = (stored: StoredDataset[]) => stored.find((s) => s.dataset.id === NOTES_ID)!;

test('the first capture makes My notes, which wins shared ids, with the person and their source', () => {
  const r = ok(applyCapture([], bundled, corbyn, 'My notes'));
  const notes = notesOf(r.stored);
  expect(notes.wins).toBe(true);
  expect(notes.dataset.title).toBe('My notes');
  expect(notes.dataset.people.map((p) => [p.id, p.role, p.source])).toEqual([
    ['keir-starmer', 'Labour leader', notes.dataset.sources[0]!.id],
  ]);
  expect(notes.dataset.sources[0]).toMatchObject(source);
});

test('a quote from the same page reuses its source, and keeps its selector', () => {
  const one = ok(applyCapture([], bundled, corbyn, 'My notes'));
  const quote: CaptureChange = {
    kind: 'quote',
    personId: 'keir-starmer',
    text: 'We will win',
    occasion: 'Rally',
    about: ['boris-johnson'],
    selector: { exact: 'We will win', prefix: 'said: ' },
    source,
  };
  const two = ok(applyCapture(one.stored, bundled, quote, 'My notes'));
  const d = notesOf(two.stored).dataset;
  expect(d.sources).toHaveLength(1);
  expect(d.people[0]!.quotes[0]).toMatchObject({
    text: 'We will win',
    source: d.sources[0]!.id,
    about: ['boris-johnson'],
    selector: { exact: 'We will win' },
  });
  expect(applyCapture(two.stored, bundled, quote, 'My notes')).toMatchObject({ ok: false, error: 'Keir Starmer already has this quote' });
});

test('a quote or form for a bundled person goes to a copy in My notes; the bundled dataset is unchanged', () => {
  const before = JSON.stringify(bundled);
  const r = ok(
    applyCapture([], bundled, { kind: 'form', personId: 'kim-darroch', form: { text: 'Ambassador Darroch', match: 'always' } }, 'My notes'),
  );
  const copy = notesOf(r.stored).dataset.people.find((p) => p.id === 'kim-darroch')!;
  expect(copy.names.map((n) => n.text)).toContain('Ambassador Darroch');
  expect(copy.quotes.length).toBe(bundled.people.find((p) => p.id === 'kim-darroch')!.quotes.length);
  expect(JSON.stringify(bundled)).toBe(before);
});

test.each<[string, CaptureChange, string]>([
  ['a known name', { ...corbyn, person: { ...corbyn.person, name: 'kim darroch' } }, 'Kim Darroch is already known'],
  [
    'a namesake with the same role',
    {
      ...corbyn,
      namesake: true,
      person: { ...corbyn.person, name: 'Kim Darroch', role: "Britain's ambassador to Washington" },
    },
    'a namesake needs a different role',
  ],
  ['an unknown person', { kind: 'form', personId: 'nobody', form: { text: 'Nobody', match: 'always' } }, 'no person "nobody"'],
  [
    'a form that is a common word',
    { kind: 'form', personId: 'kim-darroch', form: { text: 'The', match: 'always' } },
    'people[0].names[4].text: "The" is a common word',
  ],
  ['an empty role', { ...corbyn, person: { ...corbyn.person, role: ' ' } }, 'people[0].role: must be a non-empty string'],
])('%s is refused with a reason, and nothing changes', (_what, change, error) => {
  const r = applyCapture([], bundled, change, 'My notes');
  expect(r.ok).toBe(false);
  expect((r as { error: string }).error).toContain(error);
});

test('a namesake with another role gets an id of their own', () => {
  const r = ok(
    applyCapture(
      [],
      bundled,
      {
        ...corbyn,
        namesake: true,
        person: { ...corbyn.person, name: 'Kim Darroch', role: 'A painter', names: [{ text: 'Kim Darroch', match: 'always' }] },
      },
      'My notes',
    ),
  );
  expect(r.personId).toBe('kim-darroch-2');
});

test.each([
  ['Kim Darroch', [], 'kim-darroch'],
  ['Kim Darroch', ['kim-darroch', 'kim-darroch-2'], 'kim-darroch-3'],
  ['Élisabeth Borne', [], 'elisabeth-borne'],
  ['محمد', [], 'person-'],
])('the id for %s (taken: %j) is %s', (name, taken, id) => expect(idFor(name, (x) => taken.includes(x))).toMatch(new RegExp(`^${id}`)));

const mine = () => notesOf(ok(applyCapture([], bundled, corbyn, 'My notes')).stored).dataset;

test('editing a person checks the result and refuses what the schema refuses', () => {
  const d = mine();
  const edited = updatePerson(d, 'keir-starmer', {
    name: 'Keir  Starmer ',
    role: 'MP',
    affiliation: 'Labour',
    names: [{ text: 'Keir Starmer', match: 'always' }],
  });
  expect(edited.ok && edited.value.people[0]).toMatchObject({ name: 'Keir Starmer', role: 'MP', affiliation: 'Labour' });
  expect(updatePerson(d, 'keir-starmer', { name: 'J', role: 'MP', names: [] })).toMatchObject({
    ok: false,
    error: 'people[0].names: must list at least one name',
  });
});

test('removing a person can be undone exactly', () => {
  const d = mine();
  const r = removePerson(d, 'keir-starmer');
  if (!r.ok) throw new Error(r.error);
  expect(r.value.dataset.people).toHaveLength(0);
  const back = restorePerson(r.value.dataset, r.value.person, r.value.index);
  expect(back.ok && back.value).toEqual(d);
});

test('a quote is edited or deleted', () => {
  const d = copyPerson(bundled.people[0]!, bundled, mine());
  if (!d.ok) throw new Error(d.error);
  const id = bundled.people[0]!.id;
  const n = d.value.people.find((p) => p.id === id)!.quotes.length;
  const gone = editQuote(d.value, id, 0);
  expect(gone.ok && gone.value.people.find((p) => p.id === id)!.quotes.length).toBe(n - 1);
  const q = { ...d.value.people.find((p) => p.id === id)!.quotes[0]!, occasion: 'Letter' };
  const changed = editQuote(d.value, id, 0, q);
  expect(changed.ok && changed.value.people.find((p) => p.id === id)!.quotes[0]!.occasion).toBe('Letter');
});

test('moving a person takes their sources along and leaves the other dataset valid', () => {
  const notes = mine();
  const other: Dataset = { id: 'reading-list', title: 'Reading list', sources: [], people: [] };
  const r = movePerson(
    [
      { dataset: notes, wins: true },
      { dataset: other, wins: false },
    ],
    NOTES_ID,
    'reading-list',
    'keir-starmer',
  );
  if (!r.ok) throw new Error(r.error);
  const [a, b] = r.value.map((s) => s.dataset);
  expect(a!.people).toHaveLength(0);
  expect(b!.people.map((p) => p.id)).toEqual(['keir-starmer']);
  expect(b!.sources.map((s) => s.id)).toEqual([notes.sources[0]!.id]);
  expect(movePerson(r.value, 'reading-list', 'reading-list', 'keir-starmer').ok).toBe(false);
});

test('an import merges into a dataset by person id, losing nothing it had', () => {
  const notes = mine();
  const incoming: Dataset = {
    id: 'x',
    title: 'X',
    sources: [{ id: 'speech', title: 'Speech', publisher: 'Hansard' }],
    people: [
      {
        id: 'keir-starmer',
        name: 'Keir Starmer',
        role: 'Leader of the Opposition',
        names: [{ text: 'Mr Starmer', match: 'anchored' }],
        quotes: [{ text: 'Hello', occasion: 'PMQs', source: 'speech', about: [] }],
      },
      { id: 'new-person', name: 'New Person', role: 'MP', names: [{ text: 'New Person', match: 'always' }], quotes: [] },
    ],
  };
  const r = mergeInto(notes, incoming);
  if (!r.ok) throw new Error(r.error);
  expect([r.value.added, r.value.merged]).toEqual([1, 1]);
  const c = r.value.dataset.people.find((p) => p.id === 'keir-starmer')!;
  expect(c.role).toBe('Leader of the Opposition');
  expect(c.names.map((n) => n.text).sort()).toEqual(['Keir Starmer', 'Mr Starmer', 'Starmer']);
  expect(r.value.dataset.sources.map((s) => s.id)).toContain('speech');
});

test('the Web Annotation export has one annotation per quote, with its selector and source', () => {
  const one = ok(applyCapture([], bundled, corbyn, 'My notes'));
  const sel = { exact: 'We will win', prefix: 'he said: ', suffix: ' at the' };
  const two = notesOf(
    ok(
      applyCapture(
        one.stored,
        bundled,
        { kind: 'quote', personId: 'keir-starmer', text: 'We will win', occasion: 'Rally', about: [], selector: sel, source },
        'My notes',
      ),
    ).stored,
  ).dataset;
  const c = toWebAnnotations(two) as { total: number; first: { items: Array<{ target: unknown; body: Array<{ value: string }> }> } };
  expect(c.total).toBe(1);
  expect(c.first.items[0]!.target).toEqual({ source: source.url, selector: { type: 'TextQuoteSelector', ...sel } });
  expect(c.first.items[0]!.body[0]!.value).toBe('Keir Starmer');
  const all = toWebAnnotations(bundled) as { total: number };
  expect(all.total).toBe(bundled.people.reduce((n, p) => n + p.quotes.length, 0));
});
