/** The bundled dataset: complete, verbatim, and valid against its own schema. */
import { ARTICLE, bundled } from '../support/article';

const PEOPLE = [
  'kim-darroch',
  'donald-trump',
  'theresa-may',
  'olly-barratt',
  'jeremy-hunt',
  'boris-johnson',
  'alan-duncan',
  'liam-fox',
  'jeremy-corbyn',
  'simon-mcdonald',
  'christopher-meyer',
  'simon-fraser',
  'franklin-pierce',
];

const d = bundled();

test('all 13 people the article names are present, with kebab-case full-name ids', () => {
  expect(d.people.map((p) => p.id).sort()).toEqual([...PEOPLE].sort());
  for (const p of d.people) expect(p.id).toBe(p.name.toLowerCase().replace(/\s+/g, '-'));
});

test.each(d.people.flatMap((p) => p.quotes.map((q) => [p.id, q.text] as const)))(
  '%s quote appears verbatim in the source: %s',
  (_id, text) => {
    expect(ARTICLE).toContain(text);
  },
);

test.each(d.people.map((p) => [p.id, p] as const))('%s: every name form appears in the source article', (_id, p) => {
  // The source uses every form; anchored short forms are the article's own surnames.
  for (const n of p.names) expect(ARTICLE).toContain(n.text);
});

test('the article’s quoted fragments are kept and marked as fragments', () => {
  const fragments = d.people.flatMap((p) => p.quotes.filter((q) => q.fragment).map((q) => q.text));
  expect(fragments.sort()).toEqual(['foolish', 'mostly true']);
  for (const f of fragments) expect(ARTICLE).toContain(`"${f}"`);
});

test('Duncan’s and Corbyn’s quotes are about Boris Johnson', () => {
  for (const id of ['alan-duncan', 'jeremy-corbyn']) {
    const p = d.people.find((x) => x.id === id)!;
    expect(p.quotes.every((q) => q.about.includes('boris-johnson'))).toBe(true);
  }
});

test('Liam Fox is the British Trade Minister, with three quotes', () => {
  const fox = d.people.find((p) => p.id === 'liam-fox')!;
  expect(fox.role).toBe('British Trade Minister');
  expect(fox.quotes).toHaveLength(3);
});

test('the bundled copy of the source is the article the dataset cites', () => {
  expect(d.sources[0]!.file).toBe('sources/darroch-resignation.txt');
  expect(ARTICLE.startsWith("Britain's ambassador to Washington resigned on Wednesday")).toBe(true);
});
