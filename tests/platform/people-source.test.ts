/** Where a page's people come from: loaded in the page, or asked of the background word by word. */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { withDefaults } from '../../lib/settings';
import { wordsOf } from '../../lib/people-named';
import { isMessage } from '../../lib/messages';
import { servePeople } from '../../platform/people-service';
import { loadPeopleSource } from '../../platform/people-source';
import { getDatasetsSummary, setImportedDatasets, updateSettings } from '../../platform/storage';
import { blocks } from '../support/article';

const person = (i: number) => ({
  id: `ann-${i}`,
  name: `Ann Example${i}`,
  role: `r${i}`,
  names: [{ text: `Ann Example${i}`, match: 'always' }],
  quotes: [],
});
const dataset = (n: number) => ({ id: 'big', title: 'Big', sources: [], people: Array.from({ length: n }, (_, i) => person(i)) });
const settings = withDefaults({});

let asked: string[][] = [];
// The background, as it answers in the extension (the fake browser takes answers through sendResponse).
const answer = () => {
  const lookup = servePeople();
  fakeBrowser.runtime.onMessage.addListener((m: unknown, _sender: unknown, respond: (r: unknown) => void) => {
    if (!isMessage(m) || m.type !== 'dramatis/people-named') return undefined;
    asked.push(m.words);
    void lookup.named(m.words).then(respond);
    return true;
  });
};
beforeEach(() => {
  fakeBrowser.reset();
  asked = [];
  answer();
});

const summarised = () => vi.waitFor(async () => expect(Object.keys((await getDatasetsSummary()).sizes)).toEqual(['big']));
const found = async (source: Awaited<ReturnType<typeof loadPeopleSource>>, text: string) => {
  const { quickMatcher } = source.matchers(window, new AbortController().signal, {});
  const m = await quickMatcher!(wordsOf(blocks(text)));
  return m.scan(blocks(text)).map((c) => c.choices[0]!.personId);
};

test('with small imports, the page loads every dataset and builds its own matcher', async () => {
  await setImportedDatasets([{ dataset: dataset(100) as never, wins: false }]);
  await summarised();
  const source = await loadPeopleSource(settings);
  expect(source.directory().people).toHaveLength(100 + 13);
  // 100 imported forms and the bundled 27: few enough to compile at once, in the page.
  expect(source.matchers(window, new AbortController().signal, {}).matcher).toHaveProperty('scan');
  expect(asked).toEqual([]);
});

test('with big imports, the page asks for the people of words it has not asked about, and learns them', async () => {
  await setImportedDatasets([{ dataset: dataset(3_000) as never, wins: false }]);
  await summarised();
  const source = await loadPeopleSource(settings);
  expect(source.matchers(window, new AbortController().signal, {}).matcher).toBeUndefined();
  expect(source.directory().people).toEqual([]);
  expect(await found(source, 'Kim Darroch met Ann Example7.')).toEqual(['kim-darroch', 'ann-7']);
  expect(asked).toEqual([['kim', 'darroch', 'met', 'ann', 'example7']]);
  expect(await found(source, 'Ann Example2999 met Kim Darroch.')).toEqual(['ann-2999', 'kim-darroch']);
  // Only the new word went; "ann" had already brought every Ann.
  expect(asked[1]).toEqual(['example2999']);
  expect(source.directory().byId.get('ann-2999')?.role).toBe('r2999');
});

test('a small import that would cost a page over 50 ms to prepare is asked of the background too', async () => {
  // 100 people, each quoted in 10 quotes about all the others: 99,000 references, about 0.8 s to prepare.
  const d = dataset(100);
  const ids = d.people.map((p) => p.id);
  const quote = { text: 'Something said.', occasion: 'o', source: 's', about: ids };
  const heavy = {
    ...d,
    sources: [{ id: 's', title: 't', publisher: 'p' }],
    people: d.people.map((p) => ({ ...p, quotes: Array(10).fill(quote) })),
  };
  await setImportedDatasets([{ dataset: heavy as never, wins: false }]);
  await summarised();
  expect((await getDatasetsSummary()).costs?.big).toBeGreaterThan(50);
  const source = await loadPeopleSource(settings);
  expect(source.directory().people).toEqual([]);
  expect(await found(source, 'Ann Example7 spoke.')).toEqual(['ann-7']);
});

test('a switched-off big import is neither loaded nor asked about', async () => {
  await setImportedDatasets([{ dataset: dataset(3_000) as never, wins: false }]);
  await summarised();
  const source = await loadPeopleSource(withDefaults({ disabledDatasets: ['big'] }));
  // The bundled people alone are few enough to compile at once.
  expect(source.matchers(window, new AbortController().signal, {}).matcher).toHaveProperty('scan');
  expect(source.directory().people).toHaveLength(13);
});

test('a failed question is asked again by the next pass', async () => {
  await setImportedDatasets([{ dataset: dataset(3_000) as never, wins: false }]);
  await summarised();
  const source = await loadPeopleSource(settings);
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  fakeBrowser.runtime.onMessage.removeAllListeners();
  fakeBrowser.runtime.onMessage.addListener(() => Promise.reject(new Error('background gone')));
  expect(await found(source, 'Ann Example7 spoke.')).toEqual([]);
  expect(warn).toHaveBeenCalledWith(expect.stringContaining('background gone'));
  fakeBrowser.runtime.onMessage.removeAllListeners();
  answer();
  expect(await found(source, 'Ann Example7 spoke.')).toEqual(['ann-7']);
  warn.mockRestore();
});

test('the background indexes again when datasets or people are switched off, not when the colour changes', async () => {
  await setImportedDatasets([{ dataset: dataset(10) as never, wins: false }]);
  const lookup = servePeople();
  const get = vi.spyOn(fakeBrowser.storage.local, 'get');
  const reads = () => get.mock.calls.filter((c) => JSON.stringify(c).includes('"datasets"')).length;
  expect((await lookup.named(['ann'])).people).toHaveLength(10);
  const first = reads();
  await updateSettings({ highlightColor: '#ff0000' });
  expect((await lookup.named(['ann'])).people).toHaveLength(10);
  expect(reads()).toBe(first);
  await updateSettings({ disabledDatasets: ['big'] });
  await vi.waitFor(async () => expect((await lookup.named(['ann'])).people).toHaveLength(0));
  expect(reads()).toBeGreaterThan(first);
  get.mockRestore();
});

test.each([
  [3_000, true],
  [100, false],
])('a background starting with %i imported people reads them before any question: %s', async (n, early) => {
  await setImportedDatasets([{ dataset: dataset(n) as never, wins: false }]);
  await summarised();
  const get = vi.spyOn(fakeBrowser.storage.local, 'get');
  const lookup = servePeople();
  const read = () => get.mock.calls.some((c) => JSON.stringify(c).includes('"datasets"'));
  if (early) await vi.waitFor(() => expect(read()).toBe(true));
  else {
    await new Promise((r) => setTimeout(r, 50));
    expect(read()).toBe(false);
  }
  expect((await lookup.named(['ann'])).people).toHaveLength(n);
  get.mockRestore();
});

test('a subframe loads no dataset: it asks about its words, and builds nothing for a frame that names nobody', async () => {
  await setImportedDatasets([{ dataset: dataset(100) as never, wins: false }]);
  await summarised();
  const source = await loadPeopleSource(settings, { subframe: true });
  // Nothing loaded up front: no matcher, nobody known.
  expect(source.matchers(window, new AbortController().signal, {}).matcher).toBeUndefined();
  expect(source.directory().people).toEqual([]);
  // An advertising line names nobody: one question, and still nobody known.
  expect(await found(source, 'Save 20% on winter coats this week only')).toEqual([]);
  expect(asked).toHaveLength(1);
  expect(source.directory().people).toEqual([]);
  // A frame that names someone gets them, from the bundled people and the imports alike.
  expect(await found(source, 'Kim Darroch met Ann Example7.')).toEqual(['kim-darroch', 'ann-7']);
  // Whom its words can name (every "Ann …"), and whoever is quoted about them: not the whole of the datasets.
  const known = source.directory().people.map((p) => p.id);
  expect(known).toEqual(expect.arrayContaining(['ann-7', 'kim-darroch', 'alan-duncan']));
  expect(known).not.toContain('boris-johnson');
});
