/**
 * Names as real pages write them (issue 19): middle names and particles, words before a surname that are no
 * given name, and years before "May". Each table has the near misses that must stay unmatched.
 */
import { withDerivedForms } from '../../lib/honorifics';
import { compileMatcher } from '../../lib/matcher';
import { anchorsIn, Nearness, namesakesIn, resolveMentions } from '../../lib/mentions';
import type { Person } from '../../lib/schema';
import { blocks, bundled } from '../support/article';

const people = bundled().people;
const boris: Person = { ...people.find((p) => p.id === 'boris-johnson')! };

/** Every mention on a page of these paragraphs, as "person:text". */
function mentions(text: string, who: readonly Person[] = people): string[] {
  const segments = blocks(text);
  // As the directory hands people to the matcher: with the forms their honorifics imply.
  const c = compileMatcher(who.map(withDerivedForms)).scan(segments);
  return resolveMentions(c, anchorsIn(c), namesakesIn(c)).map((m) => {
    const s = segments[m.start.segment]!.text;
    return `${m.personId}:${m.start.segment === m.end.segment ? s.slice(m.start.offset, m.end.offset) : '…'}`;
  });
}

test.each([
  // A biography's opening names the person in full, middle names and all; later short forms follow it.
  [
    'Theresa Mary May (born 1956) is a British politician.\n\nMay served as Home Secretary. Mrs May resigned.',
    ['theresa-may:Theresa Mary May', 'theresa-may:May', 'theresa-may:May'],
  ],
  [
    'Sir Simon Gerard McDonald is a British diplomat.\n\nMcDonald joined the Foreign Office.',
    ['simon-mcdonald:Simon Gerard McDonald', 'simon-mcdonald:McDonald'],
  ],
  [
    'Alexander Boris de Pfeffel Johnson was born in New York.\n\nJohnson later became Mayor.',
    ['boris-johnson:Alexander Boris de Pfeffel Johnson', 'boris-johnson:Johnson'],
  ],
  ['Donald John Trump is the 45th president.', ['donald-trump:Donald John Trump']],
  // Post-nominal letters are not the next word of another name ("McDonald Islands" is).
  ['Sir Simon Gerard McDonald KCMG KCVO is retired.', ['simon-mcdonald:Simon Gerard McDonald']],
  ['Simon McDonald spoke. The McDonald Islands are far away.', ['simon-mcdonald:Simon McDonald']],
  // Near misses: the same surname after another first given name is still a namesake's.
  ['Philip May is married to the prime minister.', []],
  ['Rian Johnson directed the film.\n\nJohnson said little.', []],
  ['Philip John May spoke.', []],
  // Past a particle, only the person's own given name counts: a Spanish headline names nobody else here.
  ['Este es el hombre que eliminó la cuenta de Twitter de Trump', ['donald-trump:Trump']],
])('middle names: %s', (text, expected) => {
  expect(mentions(text)).toEqual(expected);
});

test.each([
  ['Boris Johnson spoke. Later the Brexiteer Johnson left.', ['boris-johnson:Boris Johnson', 'boris-johnson:Johnson']],
  ['Kim Darroch resigned. The Washington DC-based Darroch said little.', ['kim-darroch:Kim Darroch', 'kim-darroch:Darroch']],
  [
    'Boris Johnson spoke. The Tory Johnson and the Conservative Johnson are one man.',
    ['boris-johnson:Boris Johnson', 'boris-johnson:Johnson', 'boris-johnson:Johnson'],
  ],
  ['Simon Fraser spoke. The Scottish Fraser agreed.', ['simon-fraser:Simon Fraser', 'simon-fraser:Fraser']],
  ['Boris Johnson spoke. The pro-Brexit Johnson won.', ['boris-johnson:Boris Johnson', 'boris-johnson:Johnson']],
  // Near misses: a real given name before the surname, hyphenated ones too, is still someone else.
  ['Boris Johnson spoke. Jean-Claude Johnson did not.', ['boris-johnson:Boris Johnson']],
  ['Boris Johnson spoke. Lyndon Johnson had, long ago.', ['boris-johnson:Boris Johnson']],
  ['Kim Darroch resigned. Melania Trump smiled.', ['kim-darroch:Kim Darroch']],
])('words that describe rather than name: %s', (text, expected) => {
  expect(mentions(text)).toEqual(expected);
});

test.each([
  ['Theresa May led the party. In 2002 May became its chairman.', ['theresa-may:Theresa May', 'theresa-may:May']],
  ['Theresa May spoke. By 2016 May was prime minister.', ['theresa-may:Theresa May', 'theresa-may:May']],
  // Near misses: dates stay dates.
  ['Theresa May spoke on 9 May 2019.', ['theresa-may:Theresa May']],
  ['Theresa May spoke in May 2019.', ['theresa-may:Theresa May']],
  ['Theresa May spoke. The vote was on 2019 May 3.', ['theresa-may:Theresa May']],
  ['Theresa May spoke. From 2019 May Day parades were cancelled.', ['theresa-may:Theresa May']],
])('years are not months: %s', (text, expected) => {
  expect(mentions(text)).toEqual(expected);
});

test('a full name with middle names anchors the short forms of the person who owns that given name only', () => {
  const other: Person = { ...boris, id: 'other-johnson', name: 'Rian Johnson', names: [{ text: 'Johnson', match: 'anchored' }] };
  expect(mentions('Alexander Boris de Pfeffel Johnson spoke.', [boris, other])).toEqual([
    'boris-johnson:Alexander Boris de Pfeffel Johnson',
  ]);
});

describe('titles that say who', () => {
  const trump = people.find((p) => p.id === 'donald-trump')!;
  const darroch = people.find((p) => p.id === 'kim-darroch')!;
  const may = people.find((p) => p.id === 'theresa-may')!;
  const meyer = people.find((p) => p.id === 'christopher-meyer')!;
  const peer: Person = { ...people.find((p) => p.id === 'simon-mcdonald')!, pronouns: 'he', honorifics: ['Lord McDonald of Salford'] };

  test.each<[string, string, Person[], string[]]>([
    ['Ms Trump: the person is "he"', 'Donald Trump spoke. Later Ms Trump smiled.', [trump], ['donald-trump:Donald Trump']],
    ['Mrs Trump', 'Melania Trump and Donald Trump arrived. Mrs Trump waved.', [trump], ['donald-trump:Donald Trump']],
    ['Lady Darroch', 'Kim Darroch resigned. Lady Darroch was with him.', [darroch], ['kim-darroch:Kim Darroch']],
    ['Lord Darroch: a rank he does not hold', 'Kim Darroch resigned. Lord Darroch was elsewhere.', [darroch], ['kim-darroch:Kim Darroch']],
    ['Mrs May', 'Theresa May spoke. Mrs May answered.', [may], ['theresa-may:Theresa May', 'theresa-may:May']],
    ['Mr Trump', 'Mr Trump spoke.', [trump], ['donald-trump:Trump']],
    [
      'Sir Kim, a form his honorific implies',
      'Kim Darroch resigned. Sir Kim said nothing.',
      [darroch],
      ['kim-darroch:Kim Darroch', 'kim-darroch:Sir Kim'],
    ],
    // A person with neither pronouns nor honorifics is matched as before, whatever the title.
    [
      'Baroness Meyer, for an entry that says nothing',
      'Christopher Meyer spoke. Baroness Meyer agreed.',
      [meyer],
      ['christopher-meyer:Christopher Meyer', 'christopher-meyer:Meyer'],
    ],
    [
      'a peer in full, and short',
      'Lord McDonald of Salford spoke. Lord McDonald was brief. McDonald left.',
      [peer],
      ['simon-mcdonald:Lord McDonald of Salford', 'simon-mcdonald:Lord McDonald', 'simon-mcdonald:McDonald'],
    ],
  ])('%s', (_what, text, who, expected) => {
    expect(mentions(text, who)).toEqual(expected);
  });
});

test.each([
  ['a namesake named after', 'Theresa May spoke. May left. Philip May waved.', ['theresa-may:Theresa May', 'theresa-may:May']],
  ['a namesake named before the person', 'Philip May waved. Theresa May spoke. May left.', ['theresa-may:Theresa May', 'theresa-may:May']],
  // Near misses: a namesake nearer, or nobody named before, leaves it unhighlighted (precision first).
  ['a namesake nearer', 'Theresa May spoke. Philip May waved. May left.', ['theresa-may:Theresa May']],
  ['nobody before it, a namesake on the page', 'May left. Theresa May spoke. Philip May waved.', ['theresa-may:Theresa May']],
  // Without a namesake on the page, a short form counts wherever the person is named (as before).
  ['nobody before it, no namesake', 'May left. Theresa May spoke.', ['theresa-may:May', 'theresa-may:Theresa May']],
])('namesakes by where they are: %s', (_what, text, expected) => {
  expect(mentions(text)).toEqual(expected);
});

test.each([
  // A relative named in apposition is a side character: the next paragraph is back with the subject.
  [
    'before, with a comma',
    'Theresa May spoke. Her husband, Philip May, works in finance.\n\nMay resigned.',
    ['theresa-may:Theresa May', 'theresa-may:May'],
  ],
  [
    'before, no comma',
    'Boris Johnson and his father Stanley Johnson were at the count.\n\nJohnson thanked them.',
    ['boris-johnson:Boris Johnson', 'boris-johnson:Johnson'],
  ],
  [
    'after, with a possessive',
    'Theresa May spoke. Philip May, her late husband, waved.\n\nMay resigned.',
    ['theresa-may:Theresa May', 'theresa-may:May'],
  ],
  [
    'a hyphenated kinship word',
    'Boris Johnson spoke. His brother-in-law Nick Johnson agreed.\n\nJohnson left.',
    ['boris-johnson:Boris Johnson', 'boris-johnson:Johnson'],
  ],
  // Near misses: in the relative's own paragraph it is nearer; a namesake not introduced as a relative reaches on.
  ['same paragraph', 'Theresa May spoke. Her husband, Philip May, waved, and May smiled.', ['theresa-may:Theresa May']],
  ['same paragraph, after', 'Theresa May spoke. Philip May, her husband, waved, and May smiled.', ['theresa-may:Theresa May']],
  ['no kinship word', 'Theresa May spoke. The banker Philip May waved.\n\nMay resigned.', ['theresa-may:Theresa May']],
  ['a kinship word of someone else', 'Theresa May spoke. Philip May, her own man, waved.\n\nMay resigned.', ['theresa-may:Theresa May']],
])('relatives named in passing: %s', (_what, text, expected) => {
  expect(mentions(text)).toEqual(expected);
});

test('nearness runs across the chunks of one pass: a short form at the top of a chunk sees the name before it', () => {
  const m = compileMatcher(people);
  const first = m.scan(blocks('Theresa May spoke. Philip May waved.'));
  const second = m.scan(blocks('Theresa May left the stage.\n\nMay resigned.'));
  const third = m.scan(blocks('May was cheered.'));
  const near = new Nearness();
  const all = [...first, ...second, ...third];
  const ids = [first, second, third].flatMap((c) => resolveMentions(c, anchorsIn(all), namesakesIn(all), near).map((x) => x.form));
  expect(ids).toEqual(['Theresa May', 'Theresa May', 'May', 'May']);
  // Without the carried state, the third chunk has no evidence and the page has a namesake: nothing.
  expect(resolveMentions(third, anchorsIn(all), namesakesIn(all))).toEqual([]);
});

test('two dataset people of one surname: a short form goes to the one named nearest before it', () => {
  const carrie: Person = {
    ...boris,
    id: 'carrie-johnson',
    name: 'Carrie Johnson',
    names: [
      { text: 'Carrie Johnson', match: 'always' },
      { text: 'Johnson', match: 'anchored' },
    ],
  };
  expect(mentions('Boris Johnson spoke. Johnson left. Carrie Johnson arrived. Johnson waved.', [boris, carrie])).toEqual([
    'boris-johnson:Boris Johnson',
    'boris-johnson:Johnson',
    'carrie-johnson:Carrie Johnson',
    'carrie-johnson:Johnson',
  ]);
});

test('a title before a surname two dataset people share names only the one it fits', () => {
  const theresa = people.find((p) => p.id === 'theresa-may')!;
  const brian: Person = {
    ...boris,
    id: 'brian-may',
    name: 'Brian May',
    pronouns: 'he',
    names: [
      { text: 'Brian May', match: 'always' },
      { text: 'May', match: 'anchored' },
    ],
  };
  expect(mentions('Brian May played. Theresa May spoke. Mrs May left. Mr May stayed.', [theresa, brian])).toEqual([
    'brian-may:Brian May',
    'theresa-may:Theresa May',
    'theresa-may:May',
    'brian-may:May',
  ]);
});
