/** Quotes on the page (issue 20): normalisation, word runs, ellipses, changed words, fragments, near misses. */
import { compileQuotes, type QuoteMatch } from '../../lib/quote-matcher';
import { foldWord, isQuoted, quoteWords } from '../../lib/quote-words';
import type { Person } from '../../lib/schema';
import { tokenize } from '../../lib/tokens';
import { ARTICLE, blocks, bundled } from '../support/article';

const people = bundled().people;
const matcher = compileQuotes(people);
const quoteOf = (m: QuoteMatch) => people.find((p) => p.id === m.personId)!.quotes[m.index]!;
/** The matches in some paragraphs, as "speaker: first words of the quote". */
const found = (text: string) => {
  const joined = tokenize(blocks(text)).joined;
  return matcher.scan(joined).map((m) => `${m.personId}: ${quoteOf(m).text.split(' ').slice(0, 4).join(' ')}`);
};

test.each([
  ['Don’t', 'dont'],
  ["DON'T", 'dont'],
  ['Théresa', 'theresa'],
  ['UK', 'uk'],
])('a word folds: %s → %s', (word, folded) => {
  expect(foldWord(word)).toBe(folded);
});

test('a text reads as words, with hyphens splitting, ellipses and blocks marked', () => {
  const ws = quoteWords('The UK-US relationship… was fine.\u2029Next . . . one');
  expect(ws.map((w) => w.w)).toEqual(['the', 'uk', 'us', 'relationship', 'was', 'fine', 'next', 'one']);
  expect(ws.map((w) => w.gap)).toEqual([false, false, false, false, true, false, false, true]);
  expect(ws.map((w) => w.block)).toEqual([0, 0, 0, 0, 0, 0, 1, 1]);
});

test.each([
  ['called May “foolish”.', 'foolish', true],
  ['called May "foolish", said', 'foolish', true],
  ["called May 'foolish'", 'foolish', true],
  ['called May foolish.', 'foolish', false],
  ['“foolish and', 'foolish', false],
])('%s: “%s” stands in quotation marks: %s', (text, word, expected) => {
  const at = text.indexOf(word);
  expect(isQuoted(text, at, at + word.length)).toBe(expected);
});

test('the source article: every quote is found, and given to its speaker', () => {
  const joined = tokenize(blocks(ARTICLE)).joined;
  const matches = matcher.scan(joined);
  const expected = people.flatMap((p) => p.quotes.map((_, i) => `${p.id}#${i}`)).sort();
  const got = [...new Set(matches.map((m) => `${m.personId}#${m.index}`))].sort();
  expect(got).toEqual(expected);
  // Each one whole as the dataset has it: not shortened, no words changed.
  for (const m of matches) if (!quoteOf(m).fragment) expect([m.personId, m.shortened, m.changed]).toEqual([m.personId, false, []]);
});

test.each([
  // Shortened, re-punctuated, re-cased and with other quotation marks and apostrophes.
  [
    'a part of it',
    'Fox said "somebody has, for whatever malicious reasons, sought to damage" ties.',
    ['liam-fox: Somebody has, for whatever'],
  ],
  [
    'an ellipsis for words left out',
    'Darroch wrote: “Since the leak of official documents … there has been a great deal of speculation.”',
    ['kim-darroch: Since the leak of'],
  ],
  [
    'three dots for an ellipsis',
    'McDonald: "The leaker is guilty . . . of the worst breach of trust in our service."',
    ['simon-mcdonald: The leaker is guilty'],
  ],
  [
    'other apostrophes and case',
    'Darroch: “WE DON’T REALLY BELIEVE this Administration is going to become substantially more normal.”',
    ["kim-darroch: We don't really believe"],
  ],
  [
    'a word changed',
    'Duncan said Johnson had "basically thrown this great diplomat under the bus to serve his own personal interests".',
    ['alan-duncan: He (Boris Johnson) has'],
  ],
  [
    'a line break inside the quote',
    'May: “The whole cabinet rightly gave\nits full support to Sir Kim on Tuesday.”',
    ['theresa-may: The whole cabinet rightly'],
  ],
  ['a fragment in quotation marks, its speaker named', 'Trump called May "foolish" on Twitter.', ['donald-trump: foolish']],
  ['a two-word fragment', 'Darroch said the reports were “mostly true”.', ['kim-darroch: mostly true']],
  // Near misses.
  ['five words only', 'He said "thrown this fantastic diplomat under" today.', []],
  ['two runs of five words, none of six', 'It is important that our children are able to write.', []],
  ['a fragment without quotation marks', 'Trump called May foolish on Twitter.', []],
  ['a fragment whose speaker is not named', 'Critics called the plan "foolish".', []],
  ['a fragment whose speaker is named in another paragraph', 'Trump spoke.\n\nCritics called the plan "foolish".', []],
  ['the words out of order', 'under the bus thrown this fantastic diplomat has basically', []],
])('%s', (_what, text, expected) => {
  expect(found(text)).toEqual(expected);
});

test('how the page’s version differs: the words changed, and shortened', () => {
  const text = 'Duncan said Johnson had "basically thrown this great diplomat under the bus to serve his own personal interests".';
  const [m] = matcher.scan(tokenize(blocks(text)).joined);
  expect(m!.changed).toEqual([{ from: 'fantastic', to: 'great' }]);
  expect(m!.shortened).toBe(true);
  // The words found are the quote's own, by character range of the quote's text.
  const q = quoteOf(m!).text;
  expect(m!.found.map(([a, b]) => q.slice(a, b))).toEqual([
    'basically thrown this',
    'diplomat under the bus to serve his own personal interests',
  ]);
  expect(text.slice(m!.start, m!.end)).toBe('basically thrown this great diplomat under the bus to serve his own personal interests');
});

test('a quote two people share a sentence of is given to the one whose quote the page reproduces more of', () => {
  const speaker = (id: string, text: string): Person => ({
    ...people[0]!,
    id,
    name: id,
    names: [{ text: id, match: 'always' }],
    quotes: [{ text, occasion: 'x', source: 's', about: [] }],
  });
  const m = compileQuotes([
    speaker('short', 'we will never give up on the people of this town'),
    speaker('long', 'we will never give up on the people of this town, and we will never forget them'),
  ]);
  const at = (text: string) => m.scan(text).map((x) => x.personId);
  expect(at('She said we will never give up on the people of this town, and we will never forget them.')).toEqual(['long']);
  expect(at('She said we will never give up on the people of this town.')).toEqual(['short']);
});

test('cost grows with the text, not with text × quotes: a common three-word sequence is not looked up in every quote', () => {
  const many: Person[] = Array.from({ length: 2000 }, (_, i) => ({
    ...people[0]!,
    id: `p${i}`,
    quotes: [{ text: `one of the things number ${i} said about the matter at hand`, occasion: 'x', source: 's', about: [] }],
  }));
  const m = compileQuotes(many);
  expect(m.size).toBe(2000);
  // "one of the" is in every quote: dropped from the index, and the rest still finds the right one.
  expect(m.scan('he said one of the things number 1234 said about the matter at hand').map((x) => x.personId)).toEqual(['p1234']);
});
