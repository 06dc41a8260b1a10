/**
 * A subframe's probe (issue 21): it hands the frame's text to the background, which wakes the frame only when
 * a word can start a name on a site Dramatis runs on; later changes are handed over only when they change the
 * text. The answers come from the background's own decision (`answerProbe`) over the real index of the
 * bundled dataset.
 */
import { FrameProbe, frameText, PROBE_SETTLE_MS } from '../../dom/frame-probe';
import { buildDirectory } from '../../lib/directory';
import { PROBE_CHARS } from '../../lib/messages';
import { PeopleIndex } from '../../lib/people-index';
import { answerProbe } from '../../lib/probe-answer';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import type { SitePolicy } from '../../lib/site-rules';
import { bundled } from '../support/article';

const index = new PeopleIndex(buildDirectory([bundled()]));

let stop: AbortController;
let asked: Array<{ text: string; more: boolean }>;
let woken: number;
let failNext = false;
let policy: SitePolicy;

function probe(html: string): FrameProbe {
  document.body.innerHTML = html; // test fixture setup only, never page code
  stop = new AbortController();
  return new FrameProbe({
    doc: document,
    ask: (text, more) => {
      asked.push({ text, more });
      if (failNext) {
        failNext = false;
        return Promise.reject(new Error('the background is asleep'));
      }
      const message = { type: 'dramatis/probe-frame' as const, url: 'https://news.example/story', text, more };
      return answerProbe(message, {
        policy: () => Promise.resolve(policy),
        named: (words) => Promise.resolve(index.named(words)),
        start: () => Promise.resolve(!!++woken),
      });
    },
    signal: stop.signal,
  });
}
const settle = () => new Promise((r) => setTimeout(r, PROBE_SETTLE_MS + 50));
const para = (text: string) => Object.assign(document.createElement('p'), { textContent: text });

beforeEach(() => {
  asked = [];
  woken = 0;
  policy = DEFAULT_SETTINGS;
});
afterEach(() => {
  stop.abort();
  document.body.textContent = '';
});

test.each([
  ['an advertisement', '<p>Winter sale: save on coats, boots and scarves this week only.</p>', 0],
  ['a surname alone', '<p>Darroch resigned on Wednesday.</p>', 1],
  ['a full name split by a tag', '<p>Said <b>Theresa</b> May today.</p>', 1],
  ['a surname split inside the word by a tag', '<p>Sir Kim Dar<b>roch</b> resigned.</p>', 1],
  ['a name in an open shadow root', '<div id="host"></div>', 1],
  ['a word that only starts a name elsewhere', '<p>The month of May is warm.</p>', 1],
  ['a name in an editor, read whatever the mode', '<p>Sale.</p><div contenteditable="true">Dear Kim Darroch,</div>', 1],
  [
    'names only where the highlighter never reads',
    '<script>var Darroch</script><style>.Johnson{}</style><textarea>Farage</textarea><p hidden>Trump</p><p>Sale.</p>',
    0,
  ],
])('%s: woken %i times', async (_, html, expected) => {
  const p = probe(html);
  if (html.includes('host')) document.getElementById('host')!.attachShadow({ mode: 'open' }).append('Boris Johnson spoke.');
  await p.start();
  expect(woken).toBe(expected);
  expect(p.awake).toBe(expected === 1);
  expect(asked).toHaveLength(1);
});

test.each([
  ['blocks are lines; inline pieces run on', '<p>Said <b>Theresa</b> May.</p><p>Next</p>', '\nSaid Theresa May.\nNext'],
  ['a word split by a tag stays one word', '<p>Dar<b>roch</b> and <i>May</i></p>', '\nDarroch and May'],
  ['scripts, styles, fields and hidden text are left out', '<p>A</p><script>x</script><p aria-hidden="true">B</p><p>C</p>', '\nA\nC'],
])('the text handed over: %s', (_, html, expected) => {
  document.body.innerHTML = html; // test fixture setup only
  expect(frameText(document)?.replace(/^\s*\n/, '\n')).toBe(expected);
});

test('a site Dramatis is off on is not woken, whatever its text', async () => {
  policy = { ...DEFAULT_SETTINGS, exceptSites: ['news.example'] };
  await probe('<p>Kim Darroch resigned.</p>').start();
  expect(asked).toHaveLength(1);
  expect(woken).toBe(0);
});

test('a frame that names nobody hands its text over again only when a change changes it, and wakes on a name', async () => {
  const p = probe('<p>Winter sale: save on coats.</p>');
  await p.start();
  expect(woken).toBe(0);
  document.body.append(document.createComment('no text'));
  await settle();
  expect(asked).toHaveLength(1);
  document.body.append(para('Coats and hats.'));
  await settle();
  expect(asked[1]!.text).toContain('Coats and hats.');
  expect(woken).toBe(0);
  document.body.append(para('Sir Kim Darroch, on coats.'));
  await settle();
  expect(woken).toBe(1);
  // Woken once: it stops watching.
  document.body.append(para('Nigel Farage.'));
  await settle();
  expect(asked).toHaveLength(3);
  expect(woken).toBe(1);
});

test('a frame with no text is not asked about until a change brings some', async () => {
  const p = probe('<div>  </div><img alt="">');
  await p.start();
  await p.recheck();
  expect(asked).toEqual([]);
  document.body.append(para('Kim Darroch.'));
  await settle();
  expect(asked.map((a) => a.text.trim())).toEqual(['Kim Darroch.']);
  expect(woken).toBe(1);
});

test('a frame past the text limit is woken without its text', async () => {
  const p = probe(`<p>${'coats '.repeat(PROBE_CHARS / 6 + 1)}</p>`);
  await p.start();
  expect(asked).toEqual([{ text: '', more: true }]);
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

test('asked to check again (the datasets or site rules changed), it hands the same text over again', async () => {
  const p = probe('<p>Winter sale.</p>');
  await p.start();
  await p.recheck();
  expect(asked.map((a) => a.text.trim())).toEqual(['Winter sale.', 'Winter sale.']);
});

test.each([
  ['stopped', (_: FrameProbe) => stop.abort()],
  ['woken by a capture', (p: FrameProbe) => p.woke()],
])('%s, it reads nothing more', async (_, end) => {
  const p = probe('<p>Winter sale.</p>');
  await p.start();
  end(p);
  document.body.append(para('Kim Darroch.'));
  await settle();
  await p.check();
  expect(asked).toHaveLength(1);
  expect(woken).toBe(0);
});
