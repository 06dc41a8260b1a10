/** The popup's question to the background, as the popup's hook asks it, answered by the real people service. */
import { h, render } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type Found, useFoundPeople } from '../../containers/use-found-people';
import { isMessage } from '../../lib/messages';
import { servePeople } from '../../platform/people-service';

let latest: [Found | undefined, string | undefined] = [undefined, undefined];
function Probe(p: { query: string; ids?: string[] }) {
  latest = useFoundPeople(p.query, p.ids);
  return null;
}
let root: HTMLElement;
const show = (query: string, ids?: string[]) => render(h(Probe, { query, ids }), root);

/** Answers as the background does, each answer after `delay(query)` ms. */
function answer(delay: (query: string) => number = () => 0) {
  const people = servePeople();
  fakeBrowser.runtime.onMessage.addListener((m: unknown, _s: unknown, respond: (r: unknown) => void) => {
    if (!isMessage(m) || m.type !== 'dramatis/find-people') return undefined;
    void people.find(m.query, m.ids, m.limit).then((r) => setTimeout(() => respond(r), delay(m.query)));
    return true;
  });
}
beforeEach(() => {
  fakeBrowser.reset();
  root = document.createElement('div');
  latest = [undefined, undefined];
});
afterEach(() => render(null, root));

test('nothing is asked until the page’s people are known; then the hits come with their cards whole', async () => {
  answer();
  show('');
  await new Promise((r) => setTimeout(r, 20));
  expect(latest[0]).toBeUndefined();
  show('trade', ['boris-johnson']);
  await vi.waitFor(() => expect(latest[0]?.hits[0]?.person.id).toBe('liam-fox'));
  const [found] = latest;
  expect(found!.total).toBe(13);
  // Boris Johnson's card needs Alan Duncan's and Jeremy Corbyn's quotes about him.
  expect(found!.directory.quotesAbout('boris-johnson').map((q) => q.speakerName)).toEqual(['Alan Duncan', 'Alan Duncan', 'Jeremy Corbyn']);
});

test('a slower answer to an older query never replaces a newer one', async () => {
  answer((q) => (q === 'trade' ? 80 : 0));
  show('trade', []);
  show('darroch', []);
  await vi.waitFor(() => expect(latest[0]?.hits[0]?.person.id).toBe('kim-darroch'));
  await new Promise((r) => setTimeout(r, 120));
  expect(latest[0]?.hits[0]?.person.id).toBe('kim-darroch');
});

test('a failed question says why, and the next answer clears it', async () => {
  fakeBrowser.runtime.onMessage.addListener(() => Promise.reject(new Error('background gone')));
  show('may', []);
  await vi.waitFor(() => expect(latest[1]).toContain('background gone'));
  fakeBrowser.runtime.onMessage.removeAllListeners();
  answer();
  show('trump', []);
  await vi.waitFor(() => expect(latest[0]?.hits[0]?.person.id).toBe('donald-trump'));
  expect(latest[1]).toBeUndefined();
});
