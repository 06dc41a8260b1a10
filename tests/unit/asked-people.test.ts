/** A page that asks for its people: only new words are asked about, one question at a time, and failures retried. */
import { expect, test, vi } from 'vitest';
import { AskedPeople } from '../../lib/asked-people';
import { buildDirectory } from '../../lib/directory';
import { wordsOf } from '../../lib/people-named';
import { PeopleIndex } from '../../lib/people-index';
import { blocks, bundled } from '../support/article';

const index = new PeopleIndex(buildDirectory([bundled()]));
const asker = () => {
  const questions: string[][] = [];
  const ask = vi.fn(async (words: string[]) => {
    questions.push(words);
    await new Promise((r) => setTimeout(r, 5));
    return index.named(words);
  });
  return { questions, ask };
};
const ids = async (asked: AskedPeople, text: string, opts = {}) =>
  (await asked.matcherFor(wordsOf(blocks(text)), opts)).scan(blocks(text)).map((c) => c.choices[0]!.personId);

test('only words not asked about before are asked, and what was learnt serves later passes', async () => {
  const { questions, ask } = asker();
  const asked = new AskedPeople(ask);
  expect(await ids(asked, 'Kim Darroch resigned.')).toEqual(['kim-darroch']);
  expect(await ids(asked, 'Kim Darroch and Donald Trump.')).toEqual(['kim-darroch', 'donald-trump']);
  expect(questions).toEqual([
    ['kim', 'darroch', 'resigned'],
    ['and', 'donald', 'trump'],
  ]);
  expect(await ids(asked, 'Donald Trump, Kim Darroch.')).toEqual(['donald-trump', 'kim-darroch']);
  expect(questions).toHaveLength(2);
  expect(asked.directory.byId.get('donald-trump')?.name).toBe('Donald Trump');
});

test('passes asking at once wait for each other, so none compiles without the people it needs', async () => {
  const { questions, ask } = asker();
  const asked = new AskedPeople(ask);
  const [a, b] = await Promise.all([ids(asked, 'Theresa May spoke.'), ids(asked, 'Theresa May and Boris Johnson spoke.')]);
  expect(a).toEqual(['theresa-may']);
  expect(b).toEqual(['theresa-may', 'boris-johnson']);
  expect(questions).toEqual([
    ['theresa', 'may', 'spoke'],
    ['and', 'boris', 'johnson'],
  ]);
});

test('a question that fails is warned about and asked again by the next pass', async () => {
  const warn = vi.fn();
  const ask = vi
    .fn()
    .mockRejectedValueOnce(new Error('gone'))
    .mockResolvedValueOnce(undefined)
    .mockImplementation((w: string[]) => Promise.resolve(index.named(w)));
  const asked = new AskedPeople(ask, warn);
  expect(await ids(asked, 'Liam Fox spoke.')).toEqual([]);
  expect(warn).toHaveBeenCalledWith(expect.stringContaining('gone'));
  expect(await ids(asked, 'Liam Fox spoke.')).toEqual([]);
  expect(await ids(asked, 'Liam Fox spoke.')).toEqual(['liam-fox']);
  expect(ask).toHaveBeenCalledTimes(3);
});

test('switching short forms off compiles afresh, without asking again', async () => {
  const { questions, ask } = asker();
  const asked = new AskedPeople(ask);
  const text = 'Theresa May resigned. May spoke.';
  expect(await ids(asked, text)).toEqual(['theresa-may', 'theresa-may']);
  expect(await ids(asked, text, { useAnchored: false })).toEqual(['theresa-may']);
  expect(questions).toHaveLength(1);
});
