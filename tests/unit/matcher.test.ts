/** The matcher, table-driven: what it must find and what it must leave alone. */
import { compileMatcher, compileMatcherInSlices } from '../../lib/matcher';
import { compileMatcherForWords, peopleNamedBy, peopleNamedByInSlices, quickPageWords, wordsOf } from '../../lib/people-named';
import { anchorsIn, resolveMentions, tally } from '../../lib/mentions';
import type { Segment } from '../../lib/tokens';
import { ARTICLE, ARTICLE_COUNTS, blocks, bundled, labelledPassages } from '../support/article';

const people = bundled().people;
const matcher = compileMatcher(people);

/** Runs the matcher over segments; returns "person:text" for each mention. */
function find(segments: Segment[]): string[] {
  const c = matcher.scan(segments);
  return resolveMentions(c, anchorsIn(c)).map((m) => {
    let text = '';
    for (let s = m.start.segment; s <= m.end.segment; s++) {
      const seg = segments[s]!.text;
      text += seg.slice(s === m.start.segment ? m.start.offset : 0, s === m.end.segment ? m.end.offset : seg.length);
    }
    return `${m.personId}:${text}`;
  });
}
const one = (text: string) => find([{ text, boundary: 'block' }]);

test('the source article: 45 mentions with the right counts', () => {
  const rows = tally(find(blocks(ARTICLE)).map((m) => m.split(':')[0]!));
  const counts = Object.fromEntries(rows.map((r) => [r.personId, r.count]));
  expect(counts).toEqual(ARTICLE_COUNTS);
});

// Anchored short forms need a full name on the page: each case adds one.
const ANCHOR = ' Theresa May. Boris Johnson. Jeremy Hunt. Liam Fox. Simon Fraser. Franklin Pierce. Simon McDonald. Kim Darroch.';
const ANCHOR_MENTIONS = 8;
const strip = (found: string[]) => found.slice(0, found.length - ANCHOR_MENTIONS);

test('the anchor sentence itself yields its eight full names', () => {
  expect(one(ANCHOR)).toHaveLength(ANCHOR_MENTIONS);
});

test.each([
  ["May's government", ['theresa-may:May']],
  ['Mrs May said', ['theresa-may:May']],
  ['Mr Trump said', ['donald-trump:Trump']],
  ['President Trump said', ['donald-trump:Trump']],
  ['Donald J. Trump said', ['donald-trump:Donald J. Trump']],
  ['Prime Minister Theresa May said', ['theresa-may:Theresa May']],
  ['Sir Kim Darroch wrote', ['kim-darroch:Sir Kim Darroch']],
  ['Ambassador Darroch wrote', ['kim-darroch:Darroch']],
  ['Darroch’s memos', ['kim-darroch:Darroch']],
  ["Darroch's memos", ['kim-darroch:Darroch']],
  ['THERESA MAY RESIGNS', ['theresa-may:THERESA MAY']],
  ['BORIS JOHNSON WINS', ['boris-johnson:BORIS JOHNSON']],
  ['Theresa\u00a0May spoke', ['theresa-may:Theresa\u00a0May']],
  ['Theresa\n   May spoke', ['theresa-may:Theresa\n   May']],
  ['“Johnson wants a deal”', ['boris-johnson:Johnson']],
  ['In 2016 Trump won', ['donald-trump:Trump']],
  ['ALL you Trump supporters', ['donald-trump:Trump']],
])('finds %j', (text, expected) => {
  expect(strip(one(text + ANCHOR))).toEqual(expected);
});

test.each([
  'James May presents',
  'Melania Trump said',
  'Ivanka Trump said',
  'Rian Johnson directed',
  'Marsha P. Johnson marched',
  'Malcolm Fraser was',
  'MALCOLM Fraser was',
  'Karen Pierce said',
  'David Pierce wrote',
  'Stella Kim said',
  'Kim Taylor-Foster reviews',
  'on 9 May',
  'May 2019 was',
  'in May the',
  'since May the',
  'early May rains',
  'May–June',
  'You May Like',
  'Babies Who Eat Peanuts Early May Avoid Allergy',
  'lowercase trump and fox and hunt',
  'Johnsonville',
  'Maybe',
  'Mayor',
  'Firefox',
  'Hunter',
  'laboris',
  'Fox News reported',
  'Heard Island and McDonald Islands',
  'TRUMP',
  'plus 21 Trump cards',
  'May the people live',
  'Horn, Roger A.; Johnson, Charles R. (2013)',
  'Mackay, Duncan (1986). In Fraser, B (ed.)',
  'films are Hunt for the Wilderpeople',
])('leaves %j alone', (text) => {
  expect(strip(one(text + ANCHOR))).toEqual([]);
});

test.each([
  ["May's government", 'no full name on the page'],
  ['Johnson said', 'no full name on the page'],
  ['Sir Kim said', 'no full name on the page'],
])('anchored form %j alone is not matched (%s)', (text) => {
  expect(one(text)).toEqual([]);
});

test('a namesake makes the bare surname ambiguous on that page, even when anchored', () => {
  expect(one('Simon Fraser. Malcolm Fraser died. Fraser’s lasting legacy.')).toEqual(['simon-fraser:Simon Fraser']);
  expect(one('Simon Fraser spoke. Fraser said more.')).toEqual(['simon-fraser:Simon Fraser', 'simon-fraser:Fraser']);
});

test('longest match wins: "Sir Kim Darroch" is one mention', () => {
  expect(one('Sir Kim Darroch')).toEqual(['kim-darroch:Sir Kim Darroch']);
});

test.each<[string, Segment[], string[]]>([
  [
    'a name split across inline elements',
    [
      { text: 'Sir Kim ', boundary: 'block' },
      { text: 'Darroch', boundary: 'inline' },
    ],
    ['kim-darroch:Sir Kim Darroch'],
  ],
  [
    'a linked first name',
    [
      { text: 'Theresa', boundary: 'block' },
      { text: ' May said', boundary: 'inline' },
    ],
    ['theresa-may:Theresa May'],
  ],
  [
    'text in different blocks',
    [
      { text: 'Theresa', boundary: 'block' },
      { text: 'May', boundary: 'block' },
    ],
    [],
  ],
  [
    'no space across an element boundary',
    [
      { text: 'Credit', boundary: 'block' },
      { text: 'Kim Darroch', boundary: 'inline' },
    ],
    ['kim-darroch:Kim Darroch'],
  ],
  [
    'list items never join',
    [
      { text: 'Trump', boundary: 'block' },
      { text: 'Afternoon', boundary: 'block' },
    ],
    ['donald-trump:Trump'],
  ],
  [
    'a glued element boundary splits a word',
    [
      { text: 'Sun', boundary: 'block' },
      { text: 'Trump', boundary: 'inline' },
    ],
    ['donald-trump:Trump'],
  ],
])('spacing: %s', (_what, segments, expected) => {
  expect(find(segments)).toEqual(expected);
});

test('emoji next to a name', () => {
  expect(one('👏Darroch')).toEqual(['kim-darroch:Darroch']);
});

test('anchored forms can be switched off', () => {
  const strict = compileMatcher(people, { useAnchored: false });
  const c = strict.scan([{ text: 'Theresa May. May said.', boundary: 'block' }]);
  expect(resolveMentions(c, anchorsIn(c)).map((m) => m.form)).toEqual(['Theresa May']);
});

test('cost does not loop over names: 10,000 people compile into a hash of first words', () => {
  const many = Array.from({ length: 10_000 }, (_, i) => ({
    id: `p${i}`,
    name: `Given${i} Family${i}`,
    role: 'r',
    quotes: [],
    names: [{ text: `Given${i} Family${i}`, match: 'always' as const }],
  }));
  const m = compileMatcher([...many, ...people]);
  expect(m.size).toBe(10_000 + people.reduce((n, p) => n + p.names.length, 0));
  const c = m.scan([{ text: 'Yesterday Given9999 Family9999 met Kim Darroch.', boundary: 'block' }]);
  expect(resolveMentions(c, anchorsIn(c)).map((x) => x.personId)).toEqual(['p9999', 'kim-darroch']);
});

test.each([
  ['single spaces', 'Ann Example'],
  ['a double space', 'Ann  Example'],
  ['a tab and edge spaces', ' Ann\tExample '],
  ['a no-break space', 'Ann\u00a0Example'],
])('a form written with %s matches the name with one space', (_what, form) => {
  const m = compileMatcher([{ id: 'ann-example', name: 'Ann Example', role: 'r', names: [{ text: form, match: 'always' }], quotes: [] }]);
  expect(m.scan([{ text: 'Then Ann Example spoke.', boundary: 'block' }]).map((c) => c.choices[0]!.personId)).toEqual(['ann-example']);
});

// The on-screen pass runs a matcher built only from the people the screen's words can name, while the full
// one is built: over every labelled passage, it must find exactly what the full matcher finds.
const passages = labelledPassages();

test.each(passages)('%s: a matcher of the people its words can name finds what the full one finds', (_what, text) => {
  const segments = blocks(text);
  const few = peopleNamedBy(people, wordsOf(segments));
  expect(few.length).toBeLessThanOrEqual(people.length);
  expect(compileMatcher(few).scan(segments)).toEqual(matcher.scan(segments));
});

test('the people a text can name: by any name’s first word, in any case, possessive or not', () => {
  const ids = (text: string) => peopleNamedBy(people, wordsOf(blocks(text))).map((p) => p.id);
  expect(ids('Nothing here.')).toEqual([]);
  expect(ids('DARROCH resigned')).toEqual(['kim-darroch']);
  expect(ids("May's government")).toContain('theresa-may');
  expect(ids('Sir Kim')).toContain('kim-darroch');
});

test.each([
  ['Émile Zola', 'Then Émile Zola spoke.', true],
  ['Émile Zola', 'ÉMILE ZOLA SPOKE', true],
  ['Łukasz Nowak', 'Łukasz Nowak spoke.', true],
  ['İlhan Omar', 'İlhan Omar spoke.', true],
  [' Ann\tExample ', 'Then Ann Example spoke.', true],
  ['Ann\u00a0Example', 'ANN EXAMPLE SPOKE', true],
  ['O’Neill', 'O’Neill’s view.', true],
  ['de Gaulle', 'Then de Gaulle spoke.', true],
  ['Anne Example', 'Then Ann Example spoke.', false],
  ['Émile Zola', 'Then Emile Zola spoke.', false],
])('the people a text can name: %j in %j', (form, text, named) => {
  const person = { id: 'p', name: 'P', role: 'r', names: [{ text: form, match: 'always' as const }], quotes: [] };
  const segments = blocks(text);
  const few = peopleNamedBy([person], wordsOf(segments));
  expect(few.length).toBe(named ? 1 : 0);
  // Never fewer than the full matcher needs.
  expect(compileMatcher(few).scan(segments)).toEqual(compileMatcher([person]).scan(segments));
});

const twoForms = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: `p-${i}`,
    name: `Ann Example${i}`,
    role: 'r',
    names: [
      { text: `Ann Example${i}`, match: 'always' as const },
      { text: `Example${i}`, match: 'anchored' as const },
    ],
    quotes: [],
  }));

test.each([
  ['the bundled people', people, people.reduce((n, p) => n + p.names.length, 0)],
  ['1,000 people', twoForms(1_000), 2_000],
  ['10,000 people', twoForms(10_000), 4_000],
  ['25,001 people (past 50,000 forms, names on screen come first)', twoForms(25_001), 0],
])('how much text a page may have to be read whole for %s', (_what, dataset, chars) => {
  expect(quickPageWords(dataset)).toBe(chars);
});

test('in slices, the same people and the same matcher, pausing only when a slice is spent', async () => {
  const many = Array.from({ length: 2500 }, (_, i) => ({
    id: `p-${i}`,
    name: `Ann Example${i}`,
    role: 'r',
    names: [{ text: `Ann Example${i}`, match: 'always' as const }],
    quotes: [],
  }));
  const everyone = [...people, ...many];
  const words = wordsOf(blocks(`${ARTICLE}\n\nAnn Example7 and Ann Example2400 spoke.`));
  const always = { spent: () => true, pause: vi.fn(() => Promise.resolve()) };
  const never = { spent: () => false, pause: vi.fn(() => Promise.resolve()) };
  expect(await peopleNamedByInSlices(everyone, words, always)).toEqual(peopleNamedBy(everyone, words));
  expect(always.pause).toHaveBeenCalledTimes(2);
  expect(await peopleNamedByInSlices(everyone, words, never)).toEqual(peopleNamedBy(everyone, words));
  expect(never.pause).not.toHaveBeenCalled();
  const text = blocks('Ann Example2400 met Kim Darroch.');
  expect((await compileMatcherInSlices(everyone, always)).scan(text)).toEqual(compileMatcher(everyone).scan(text));
  expect((await compileMatcherForWords(everyone, wordsOf(text), never)).scan(text)).toEqual(compileMatcher(everyone).scan(text));
  // One pause first, so the caller's next work goes first, then one per 100 people.
  expect(always.pause).toHaveBeenCalledTimes(2 + 1 + 25);
});
