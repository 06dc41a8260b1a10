/**
 * A subframe's probe (issue 21): it asks the background's index about the frame's words and wakes the frame only
 * when one can start a name; later changes are read and only their new words asked about. The answers come from
 * the real index over the bundled dataset, as the background gives them.
 */
import { FrameProbe, PROBE_SETTLE_MS, PROBE_WORDS } from '../../dom/frame-probe';
import { Regions } from '../../dom/regions';
import { buildDirectory } from '../../lib/directory';
import { PeopleIndex } from '../../lib/people-index';
import type { HighlightMode } from '../../dom/regions';
import { bundled } from '../support/article';

const index = new PeopleIndex(buildDirectory([bundled()]));

let stop: AbortController;
let asked: string[][];
let woken: number;
let failNext = false;

function probe(html: string, mode: HighlightMode = 'auto'): FrameProbe {
  document.body.innerHTML = html; // test fixture setup only, never page code
  stop = new AbortController();
  return new FrameProbe({
    doc: document,
    walk: { regions: new Regions(document, mode, true) },
    names: (words) => {
      asked.push(words);
      if (failNext) {
        failNext = false;
        return Promise.reject(new Error('the background is asleep'));
      }
      return Promise.resolve(index.named(words).people.length > 0);
    },
    wake: () => void woken++,
    signal: stop.signal,
  });
}
const settle = () => new Promise((r) => setTimeout(r, PROBE_SETTLE_MS + 50));

beforeEach(() => {
  asked = [];
  woken = 0;
});
afterEach(() => {
  stop.abort();
  document.body.textContent = '';
});

test.each([
  ['an advertisement', '<p>Winter sale: save on coats, boots and scarves this week only.</p>', 0],
  ['a surname alone', '<p>Darroch resigned on Wednesday.</p>', 1],
  ['a full name split by a tag', '<p>Said <b>Theresa</b> May today.</p>', 1],
  ['a name in an open shadow root', '<div id="host"></div>', 1],
  ['a word that only starts a name elsewhere', '<p>The month of May is warm.</p>', 1],
])('%s: woken %i times', async (_, html, expected) => {
  const p = probe(html);
  if (html.includes('host')) document.getElementById('host')!.attachShadow({ mode: 'open' }).append('Boris Johnson spoke.');
  await p.start();
  expect(woken).toBe(expected);
  expect(p.awake).toBe(expected === 1);
  expect(asked).toHaveLength(1);
});

test('a frame that names nobody asks again only about the new words a change brings, and wakes on a name', async () => {
  const p = probe('<p>Winter sale: save on coats.</p>');
  await p.start();
  expect(woken).toBe(0);
  document.body.append(Object.assign(document.createElement('p'), { textContent: 'Coats and hats.' }));
  await settle();
  expect(asked[1]).toEqual(['and', 'hats']);
  expect(woken).toBe(0);
  document.body.append(Object.assign(document.createElement('p'), { textContent: 'Sir Kim Darroch, on coats.' }));
  await settle();
  expect(woken).toBe(1);
  // Woken once: it stops watching.
  document.body.append(Object.assign(document.createElement('p'), { textContent: 'Nigel Farage.' }));
  await settle();
  expect(asked).toHaveLength(3);
  expect(woken).toBe(1);
});

test('a frame past the word limit is woken without asking', async () => {
  const p = probe(`<p>${'coats '.repeat(PROBE_WORDS + 1)}</p>`);
  await p.start();
  expect(asked).toEqual([]);
  expect(woken).toBe(1);
});

test('a question that fails is asked again at the next change', async () => {
  const p = probe('<p>Darroch resigned.</p>');
  failNext = true;
  await p.start();
  expect(woken).toBe(0);
  document.body.append(document.createElement('br'));
  await settle();
  expect(asked[1]).toEqual(asked[0]);
  expect(woken).toBe(1);
});

test('when the datasets change, every word is asked about again', async () => {
  const p = probe('<p>Winter sale.</p>');
  await p.start();
  await p.forget();
  expect(asked).toEqual([
    ['winter', 'sale'],
    ['winter', 'sale'],
  ]);
});

test('stopped, it reads nothing more', async () => {
  const p = probe('<p>Winter sale.</p>');
  await p.start();
  stop.abort();
  document.body.append(Object.assign(document.createElement('p'), { textContent: 'Kim Darroch.' }));
  await settle();
  expect(asked).toHaveLength(1);
  expect(woken).toBe(0);
});

test.each([
  ['auto', 1],
  ['ranges', 1],
  ['wrap', 0],
] as const)('a name in an editor wakes the frame in mode %s %i times, as the highlighter would draw it', async (mode, expected) => {
  const p = probe('<p>Winter sale.</p><div contenteditable="true">Dear Kim Darroch,</div>', mode);
  await p.start();
  expect(woken).toBe(expected);
});
