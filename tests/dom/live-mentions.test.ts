/** The highlighter's record of its mentions: order, counts, taking some back, and a tally only on change. */
import { type LiveMention, LiveMentions } from '../../dom/live-mentions';
import type { TallyRow } from '../../lib/mentions';

/** Marks for the given people, in document order, each a mention. */
function page(people: string[]): LiveMention[] {
  const marks = people.map((id) => Object.assign(document.createElement('dramatis-mark'), { textContent: id }));
  document.body.replaceChildren(...marks);
  return people.map((personId, i) => ({ personId, form: personId, kind: 'always', elements: [marks[i]!] }));
}

afterEach(() => {
  document.body.textContent = '';
});

test('mentions come back in document order, counted, and tallied by count then first appearance', () => {
  const tallies: TallyRow[][] = [];
  const live = new LiveMentions((rows) => tallies.push(rows));
  const [trump1, may, trump2] = page(['trump', 'may', 'trump']);
  for (const m of [trump2!, may!, trump1!]) live.add(m);
  expect(live.inOrder).toEqual([trump1, may, trump2]);
  expect([live.count, live.countOf('trump'), live.countOf('may'), live.countOf('hunt')]).toEqual([3, 2, 1, 0]);
  live.report();
  live.report();
  expect(tallies).toEqual([
    [
      { personId: 'trump', count: 2, first: 0 },
      { personId: 'may', count: 1, first: 1 },
    ],
  ]);
});

test('mentions the page removed drop out; taken ones are returned and gone; clear forgets all', () => {
  const tallies: TallyRow[][] = [];
  const live = new LiveMentions((rows) => tallies.push(rows));
  const mentions = page(['trump', 'may', 'hunt']);
  for (const m of mentions) live.add(m);
  mentions[0]!.elements[0]!.remove();
  expect(live.inOrder.map((m) => m.personId)).toEqual(['may', 'hunt']);
  expect(live.take((m) => m.personId === 'may')).toEqual([mentions[1]]);
  expect(live.take(() => false)).toEqual([]);
  live.report();
  expect(tallies.at(-1)).toEqual([{ personId: 'hunt', count: 1, first: 0 }]);
  live.clear();
  live.report();
  expect(live.count).toBe(0);
  expect(tallies.at(-1)).toEqual([]);
});
