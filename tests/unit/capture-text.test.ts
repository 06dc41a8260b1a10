import {
  cleanSelection,
  formMatchFor,
  guessKind,
  isFormOf,
  looksLikeName,
  quoteSpan,
  quoteText,
  selectionProblem,
  shortenQuote,
  splitTitles,
  suggestForms,
} from '../../lib/capture-text';
import { suggestRole } from '../../lib/role-suggestion';

test.each([
  ['“diplomatically clumsy and inept”', 'diplomatically clumsy and inept'],
  ['"worst breach of trust".', 'worst breach of trust'],
  ['  “It was clumsy.”  ', 'It was clumsy.'],
  ['‘thrown under the bus’', 'thrown under the bus'],
  ['« une erreur »', 'une erreur'],
  ['the ministers’', 'the ministers’'],
  ['It was\n   clumsy\tand inept', 'It was clumsy and inept'],
  ['“We will not be', 'We will not be'],
  ['“We will build the wall before the storms,”', 'We will build the wall before the storms'],
  ['“Will it hold?”', 'Will it hold?'],
])('the quote in %j is %j', (raw, text) => expect(quoteText(raw)).toBe(text));

// The same span places the quote on the page: offsets into the raw selection, line breaks and all.
test.each<[string, [number, number]]>([
  ['  “We will build,”  ', [3, 16]],
  ['“It was\n  clumsy.”', [1, 17]],
  ['the ministers’', [0, 14]],
  ['“”', [1, 1]],
])('the quote in %j spans %j', (raw, span) => expect(quoteSpan(raw)).toEqual(span));

test.each([
  ['Jeremy Hunt', true],
  ['Ursula von der Leyen', true],
  ['J. K. Rowling', true],
  ['George Bush Jr.', true],
  ['Sir Kim', true],
  ['said the minister', false],
  ['He resigned.', false],
  ['Trump: “inept”', false],
  ['One Two Three Four Five Six Seven', false],
  ['1234', false],
  ['', false],
])('%j reads as a name: %s', (text, yes) => expect(looksLikeName(text)).toBe(yes));

test.each([
  ['', 'person', 'empty'],
  ['   ', 'quote', 'empty'],
  ['1 2 3', 'person', 'noLetter'],
  ['A'.repeat(81), 'person', 'nameTooLong'],
  ['A'.repeat(80), 'person', undefined],
  ['a'.repeat(5001), 'quote', 'quoteTooLong'],
  ['a'.repeat(5000), 'quote', undefined],
] as const)('%j as a %s: %s', (raw, kind, problem) => expect(selectionProblem(cleanSelection(raw), kind)).toBe(problem));

test('a long quote is cut at a sentence end, else at a word, within the limit', () => {
  const sentence = 'This is one sentence of the speech. ';
  const long = sentence.repeat(200);
  const short = shortenQuote(long, 5000);
  expect(short.length).toBeLessThanOrEqual(5000);
  expect(short.endsWith('speech.')).toBe(true);
  const words = shortenQuote('word '.repeat(2000), 5000);
  expect(words.length).toBeLessThanOrEqual(5000);
  expect(words.endsWith('word…')).toBe(true);
});

test.each([
  ['Sir Kim Darroch', 'Kim Darroch', ['Sir']],
  ['Mr Boris Johnson', 'Boris Johnson', []],
  ['Dr. Jane Smith', 'Jane Smith', []],
  ['Baroness Hale', 'Hale', ['Baroness']],
  ['Jeremy Hunt', 'Jeremy Hunt', []],
])('%j is %j with honorifics %j', (raw, name, honorifics) => expect(splitTitles(raw)).toEqual({ name, honorifics }));

test.each([
  [
    'Jeremy Hunt',
    [
      ['Jeremy Hunt', 'always'],
      ['Hunt', 'anchored'],
    ],
  ],
  [
    'Martin Luther King Jr.',
    [
      ['Martin Luther King Jr.', 'always'],
      ['King', 'anchored'],
    ],
  ],
  ['Madonna', [['Madonna', 'always']]],
])('%j starts with the forms %j', (name, forms) => expect(suggestForms(name).map((f) => [f.text, f.match])).toEqual(forms));

const darroch = ['Sir Kim Darroch', 'Kim Darroch', 'Darroch', 'Sir Kim'];
const johnson = ['Boris Johnson', 'Johnson'];
test.each([
  ['Sir Kim', darroch, true],
  ['Mr Johnson', johnson, true],
  ['Jeremy Corbyn', ['Jeremy Hunt', 'Hunt'], false],
  ['Kim', darroch, true],
  // A job title before a surname is a title too, not a given name.
  ['Ambassador Darroch', darroch, true],
  ['Prime Minister Johnson', johnson, true],
  ['Dr. Johnson', johnson, true],
  ['Ambassador Meyer', darroch, false],
])('%j is a form of %j: %s', (sel, names, yes) => expect(isFormOf(sel, names)).toBe(yes));

test.each([
  ['Sir Kim', 'form'],
  ['Ambassador Darroch', 'form'],
  ['Jeremy Corbyn', 'person'],
  ['The ambassador resigned after the leak of his memos', 'quote'],
] as const)('%j is first taken as a %s', (sel, kind) => expect(guessKind(sel, [darroch, johnson])).toBe(kind));

// Passages written in the patterns news pages use, the name in brackets.
test.each([
  ['Foreign Secretary [Jeremy Hunt] said he would', 'Foreign Secretary'],
  ['said the former prime minister [Theresa May] on Tuesday', 'former prime minister'],
  ["Britain's ambassador to Washington, [Sir Kim Darroch], resigned", "Britain's ambassador to Washington"],
  ['[Jeremy Hunt], the Foreign Secretary, said', 'Foreign Secretary'],
  ['[Simon McDonald], head of the Foreign Office, told MPs', 'head of the Foreign Office'],
  ['Health Secretary [Matt Hancock] told', 'Health Secretary'],
  ['Secretary of State for Health [Matt Hancock] told', 'Secretary of State for Health'],
  ['Yesterday [Jeremy Hunt] said', undefined],
  ['In a letter, [Kim Darroch] wrote', undefined],
  ['[Boris Johnson], who refused to back him, said', undefined],
  ['US President [Donald Trump] called', 'US President'],
])('%j suggests the role %j', (passage, role) => {
  const [before, rest] = passage.split('[') as [string, string];
  const after = rest.split(']')[1]!;
  expect(suggestRole(before, after)).toBe(role);
});

test.each([
  ['Sir Kim', 'anchored'],
  ['Mr Johnson', 'anchored'],
  ['Darroch', 'anchored'],
  ['Ambassador Darroch', 'anchored'],
  ['Kim Darroch', 'always'],
  ['Alexander Boris de Pfeffel Johnson', 'always'],
] as const)('a new form %j of a known person first matches %s', (text, match) => expect(formMatchFor(text)).toBe(match));
