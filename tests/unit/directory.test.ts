/** The directory: quotes about people, tallies and the message protocol. */
import { buildDirectory } from '../../lib/directory';
import { matchReason, mergeTallies, tally } from '../../lib/mentions';
import { isMessage, locateMention, locateQuote, mergeQuotes, PROBE_CHARS } from '../../lib/messages';
import { bundled } from '../support/article';

const dir = buildDirectory([bundled()]);

test('Boris Johnson is quoted about by Alan Duncan and Jeremy Corbyn', () => {
  expect(dir.quotesAbout('boris-johnson').map((q) => q.speakerName)).toEqual(['Alan Duncan', 'Alan Duncan', 'Jeremy Corbyn']);
  expect(dir.quotesBy('liam-fox')[0]!.sourceInfo?.publisher).toBe('TRT World');
});

test('a person switched off leaves the directory', () => {
  expect(buildDirectory([bundled()], new Set(['liam-fox'])).byId.has('liam-fox')).toBe(false);
});

test('tally sorts by count, then first appearance; frames merge', () => {
  expect(tally(['b', 'a', 'a', 'c', 'b', 'a'])).toEqual([
    { personId: 'a', count: 3, first: 1 },
    { personId: 'b', count: 2, first: 0 },
    { personId: 'c', count: 1, first: 3 },
  ]);
  const merged = mergeTallies([tally(['a']), tally(['b', 'b', 'a'])]);
  expect(merged.map((r) => [r.personId, r.count])).toEqual([
    ['a', 2],
    ['b', 2],
  ]);
});

test('jumps find the frame holding the nth mention, wrapping around', () => {
  const tab = {
    rows: [],
    frames: [
      { frameId: 0, rows: tally(['a', 'a']) },
      { frameId: 7, rows: tally(['a']) },
    ],
  };
  expect(locateMention(tab, 'a', 2)).toEqual({ frameId: 7, index: 0 });
  expect(locateMention(tab, 'a', 3)).toEqual({ frameId: 0, index: 0 });
  expect(locateMention(tab, 'z', 0)).toBeUndefined();
});

test('quotes merge across frames, and a quote jump finds the frame holding its nth passage', () => {
  const q = (personId: string, index: number, count: number) => ({ personId, index, count });
  const frames = [
    { frameId: 0, rows: [], quotes: [q('a', 0, 2), q('b', 1, 1)] },
    { frameId: 4, rows: [], quotes: [q('a', 0, 1), q('a', 2, 1)] },
  ];
  expect(mergeQuotes(frames.map((f) => f.quotes))).toEqual([q('a', 0, 3), q('b', 1, 1), q('a', 2, 1)]);
  const tab = { rows: [], frames };
  expect(locateQuote(tab, { personId: 'a', index: 0 }, 1)).toEqual({ frameId: 0, index: 1 });
  expect(locateQuote(tab, { personId: 'a', index: 0 }, 2)).toEqual({ frameId: 4, index: 0 });
  expect(locateQuote(tab, { personId: 'a', index: 0 }, 3)).toEqual({ frameId: 0, index: 0 });
  expect(locateQuote(tab, { personId: 'a', index: 1 }, 0)).toBeUndefined();
});

test.each([
  [{ type: 'dramatis/tally', rows: [], url: 'https://x.org/' }, true],
  [{ type: 'dramatis/tally', rows: [{ personId: 1 }], url: 'https://x.org/' }, false],
  [{ type: 'dramatis/tally', rows: [], quotes: [{ personId: 'a', index: 0, count: 2 }], url: 'https://x.org/' }, true],
  [{ type: 'dramatis/tally', rows: [], quotes: [{ personId: 'a', index: 0.5, count: 2 }], url: 'https://x.org/' }, false],
  [{ type: 'dramatis/tally', rows: [], quotes: 'a', url: 'https://x.org/' }, false],
  [{ type: 'dramatis/jump-quote', personId: 'a', quote: 1, index: 0 }, true],
  [{ type: 'dramatis/jump-quote', personId: 'a', quote: '1', index: 0 }, false],
  [{ type: 'dramatis/jump-quote', personId: 'a', index: 0 }, false],
  [{ type: 'dramatis/jump', personId: 'a', index: 1.5 }, false],
  [{ type: 'evil', personId: 'a' }, false],
  [{ type: 'dramatis/people-named', words: ['kim', 'darroch'] }, true],
  [{ type: 'dramatis/people-named', words: ['kim', 7] }, false],
  [{ type: 'dramatis/people-named', words: 'kim' }, false],
  [{ type: 'dramatis/people-named', words: Array.from({ length: 50_001 }, () => 'a') }, false],
  [{ type: 'dramatis/find-people', query: 'may', ids: ['kim-darroch'], limit: 50 }, true],
  [{ type: 'dramatis/find-people', query: '', ids: [], limit: 1 }, true],
  [{ type: 'dramatis/find-people', query: 'may', ids: [7], limit: 50 }, false],
  [{ type: 'dramatis/find-people', query: 'may', ids: 'kim-darroch', limit: 50 }, false],
  [{ type: 'dramatis/find-people', query: 'x'.repeat(201), ids: [], limit: 50 }, false],
  [{ type: 'dramatis/find-people', query: 'may', ids: [], limit: 0 }, false],
  [{ type: 'dramatis/find-people', query: 'may', ids: [], limit: 501 }, false],
  [{ type: 'dramatis/find-people', query: 'may', ids: [], limit: 2.5 }, false],
  [{ type: 'dramatis/find-people', ids: [], limit: 50 }, false],
  [{ type: 'dramatis/capture', claim: true }, true],
  [{ type: 'dramatis/capture', claim: 'yes' }, false],
  [
    {
      type: 'dramatis/save-capture',
      title: 'My notes',
      change: { kind: 'form', personId: 'kim-darroch', form: { text: 'Sir Kim', match: 'anchored' } },
    },
    true,
  ],
  [
    {
      type: 'dramatis/save-capture',
      title: 'My notes',
      change: { kind: 'form', personId: 'kim-darroch', form: { text: 'Sir Kim', match: 'sometimes' } },
    },
    false,
  ],
  [
    {
      type: 'dramatis/save-capture',
      title: 'My notes',
      change: {
        kind: 'person',
        person: { name: 'A B', role: 'MP', names: [{ text: 'A B', match: 'always' }] },
        source: { url: 'https://x.org/a', title: 'A', publisher: 'X' },
      },
    },
    true,
  ],
  [
    {
      type: 'dramatis/save-capture',
      title: 'My notes',
      change: {
        kind: 'person',
        person: { name: 'A B', role: 7, names: [] },
        source: { url: 'https://x.org/a', title: 'A', publisher: 'X' },
      },
    },
    false,
  ],
  [{ type: 'dramatis/save-capture', title: 'My notes', change: { kind: 'person', person: { name: 'A B', role: 'MP', names: [] } } }, false],
  [
    {
      type: 'dramatis/save-capture',
      title: 'My notes',
      change: {
        kind: 'quote',
        personId: 'a',
        text: 'Hi there',
        occasion: 'Talk',
        about: [],
        source: { url: 'https://x.org/a', title: 'A', publisher: 'X' },
        selector: { exact: 'Hi there' },
      },
    },
    true,
  ],
  [
    {
      type: 'dramatis/save-capture',
      title: 'My notes',
      change: {
        kind: 'quote',
        personId: 'a',
        text: 'x'.repeat(5001),
        occasion: 'Talk',
        about: [],
        source: { url: 'https://x.org/a', title: 'A', publisher: 'X' },
      },
    },
    false,
  ],
  [
    {
      type: 'dramatis/save-capture',
      title: 'My notes',
      change: {
        kind: 'quote',
        personId: 'a',
        text: 'Hi',
        occasion: 'Talk',
        about: [3],
        source: { url: 'https://x.org/a', title: 'A', publisher: 'X' },
      },
    },
    false,
  ],
  [{ type: 'dramatis/save-capture', title: 'My notes', change: { kind: 'delete', personId: 'a' } }, false],
  ['dramatis/tally', false],
  [{ type: 'dramatis/start-frame' }, true],
  [{ type: 'dramatis/probe-frame', url: 'https://a.example/', text: 'Winter sale', more: false }, true],
  [{ type: 'dramatis/probe-frame', url: 'https://a.example/', text: '', more: true }, true],
  [{ type: 'dramatis/probe-frame', url: 'https://a.example/', text: 'x'.repeat(PROBE_CHARS + 1), more: false }, false],
  [{ type: 'dramatis/probe-frame', url: 'https://a.example/', text: 'Winter sale' }, false],
  [{ type: 'dramatis/probe-frame', text: 'Winter sale', more: false }, false],
  [{ type: 'dramatis/recheck-frames' }, true],
  [{ type: 'dramatis/capture', claim: true }, true],
  [{ type: 'dramatis/capture', claim: 'yes' }, false],
  [{ type: 'dramatis/capture' }, false],
])('message %j valid: %s', (m, ok) => {
  expect(isMessage(m)).toBe(ok);
});

test('the card explains an anchored match in one line', () => {
  expect(matchReason('May', 'anchored')).toEqual({ form: 'May' });
  expect(matchReason('Darroch', 'always')).toBeUndefined();
});
