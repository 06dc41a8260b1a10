/**
 * The background asks every frame's probe to hand its text over again when its answer may have changed
 * (issue 21): the site rules or the people, not the look.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { recheckProbesOnChange } from '../../platform/frame-start';
import { setDatasetsSummary, updateSettings } from '../../platform/storage';
import type { Settings } from '../../lib/settings';

let sent: Array<[number, unknown]>;
let unwatch: () => void;

beforeEach(async () => {
  fakeBrowser.reset();
  sent = [];
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 3 }, { id: 8 }, {}] as never);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((tabId: number, m: unknown) => {
    sent.push([tabId, m]);
    // A tab with no script of ours to answer.
    return tabId === 8 ? Promise.reject(new Error('Receiving end does not exist.')) : Promise.resolve(undefined);
  });
  await updateSettings({});
  unwatch = recheckProbesOnChange();
  await new Promise((r) => setTimeout(r, 10));
});
afterEach(() => unwatch());

const settle = () => new Promise((r) => setTimeout(r, 20));
const RECHECK = { type: 'dramatis/recheck-frames' };

test.each<[string, Partial<Settings>, boolean]>([
  ['the colour', { highlightColor: '#00aa00' }, false],
  ['the highlight style', { highlightStyle: 'underline' }, false],
  ['a site switched off', { exceptSites: ['news.example'] }, true],
  ['paused everywhere', { paused: true }, true],
  ['only some sites', { siteMode: 'only', onlySites: ['news.example'] }, true],
  ['a dataset switched off', { disabledDatasets: ['darroch-resignation'] }, true],
  ['a person switched off', { disabledPeople: ['kim-darroch'] }, true],
])('changing %s: every tab is asked again %s', async (_, change, asked) => {
  await updateSettings(change);
  await settle();
  expect(sent).toEqual(
    asked
      ? [
          [3, RECHECK],
          [8, RECHECK],
        ]
      : [],
  );
});

test('a change to the imported datasets asks every tab again', async () => {
  await setDatasetsSummary({ sizes: { a: 1 }, costs: {}, updated: 1 });
  await settle();
  expect(sent).toEqual([
    [3, RECHECK],
    [8, RECHECK],
  ]);
});

test('once unwatched, nothing is sent', async () => {
  unwatch();
  await updateSettings({ paused: true });
  await settle();
  expect(sent).toEqual([]);
});
