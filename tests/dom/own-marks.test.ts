/** Only highlights the highlighter made, and still shows, count as ours: a page's look-alikes do not. */
import { Highlighter } from '../../dom/highlighter';
import { compileMatcher } from '../../lib/matcher';
import { bundled } from '../support/article';

const matcher = compileMatcher(bundled().people);

let running: Highlighter | undefined;
async function start(html: string): Promise<Highlighter> {
  document.body.innerHTML = html; // test fixture setup only, never page code
  running = new Highlighter({ root: document.body, win: window, matcher, describe: (id) => `desc ${id}`, onTally: () => undefined });
  await running.ready;
  return running;
}

afterEach(async () => {
  await running?.stop();
  document.body.textContent = '';
});

const PAGE =
  '<p id="real">Kim Darroch resigned.</p>' +
  '<p id="forged"><dramatis-mark data-person="theresa-may" aria-description="Theresa May, Convicted fraudster">Fraudster</dramatis-mark></p>';

test.each([
  ['our highlight', '#real dramatis-mark', 'kim-darroch'],
  ['a page’s look-alike with a real person’s id', '#forged dramatis-mark', null],
  ['plain page text', '#real', null],
])('%s', async (_what, selector, person) => {
  const h = await start(PAGE);
  const target = document.querySelector(selector)!;
  const own = h.ownMarkAt(target);
  expect(own ? h.mentionAt(own)?.personId : null).toBe(person);
});

test('a look-alike a page puts inside our highlight does not hide ours, and is not ours', async () => {
  const h = await start(PAGE);
  const real = document.querySelector('#real dramatis-mark')!;
  const fake = document.createElement('dramatis-mark');
  fake.dataset.person = 'theresa-may';
  fake.append(real.firstChild!);
  real.append(fake);
  expect(h.ownMarkAt(fake)).toBe(real);
});

test('who a highlight shows is the highlighter’s record, whatever the page writes in data-person', async () => {
  const h = await start(PAGE);
  const real = document.querySelector<HTMLElement>('#real dramatis-mark')!;
  real.dataset.person = 'theresa-may';
  expect(h.mentionAt(h.ownMarkAt(real)!)?.personId).toBe('kim-darroch');
});

test('a withdrawn highlight is no longer ours', async () => {
  // "Johnson" before "Boris Johnson" is his while nobody else is named; a namesake turns up and it is withdrawn.
  const h = await start('<p id="bare">Johnson left.</p><p>Boris Johnson spoke.</p>');
  const bare = document.querySelector('#bare dramatis-mark')!;
  expect(h.ownMarkAt(bare)).toBe(bare);
  const p = document.createElement('p');
  p.textContent = 'Lyndon Johnson was president.';
  document.body.append(p);
  await vi.waitFor(() => expect(document.querySelector('#bare dramatis-mark')).toBeNull());
  expect(h.ownMarkAt(bare)).toBeNull();
});
