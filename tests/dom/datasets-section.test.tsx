/** Options → Datasets: nothing the reader had goes without a question or an undo, and a broken entry can be removed. */
import { DatasetsSection, type DatasetsSectionProps } from '../../components/options/DatasetsSection';
import { bundled } from '../support/article';
import { testRoot } from '../support/render';

const root = testRoot();

function show(extra: Partial<DatasetsSectionProps>) {
  const calls: Array<[string, unknown]> = [];
  const record =
    (name: string) =>
    (arg?: unknown): void =>
      void calls.push([name, arg]);
  root.show(
    <DatasetsSection
      datasets={[{ dataset: bundled(), bundled: true, wins: false }]}
      disabled={[]}
      errors={[]}
      onToggle={record('toggle')}
      onImportText={record('import')}
      onResolve={record('resolve')}
      onExport={record('export')}
      onRemove={record('remove')}
      onUndoRemove={record('undo')}
      onExportSettings={record('exportSettings')}
      onImportSettings={record('importSettings')}
      onReset={record('reset')}
      schemaHref="data:application/json,{}"
      {...extra}
    />,
  );
  return calls;
}
const text = (sel: string) => root.el.querySelector(sel)?.textContent?.replace(/\s+/g, ' ').trim();
const button = (label: string) => [...root.el.querySelectorAll('button')].find((b) => b.textContent === label);

test('an import with the id of one already there asks before replacing it', () => {
  const calls = show({ pending: { title: 'Council v2', people: 12, replaces: { title: 'Council', people: 40 }, collisions: [] } });
  expect(text('.pending p')).toBe('“Council” is already imported, with 40 people. Replace it with this file’s 12 people?');
  button('Cancel')!.click();
  button('Replace')!.click();
  expect(calls).toEqual([
    ['resolve', null],
    ['resolve', true],
  ]);
});

test.each([
  [1, '1 person'],
  [2, '2 people'],
  [0, '0 people'],
])('a dataset of %i says "%s", and so does the question before replacing it', (n, words) => {
  show({
    datasets: [{ dataset: { ...bundled(), id: 'mine', people: bundled().people.slice(0, n) }, bundled: false, wins: false }],
    pending: { title: 'Mine v2', people: n, replaces: { title: 'Mine', people: n }, collisions: [] },
  });
  expect(text('.datasets li')).toContain(words);
  expect(text('.pending p')).toBe(`“Mine” is already imported, with ${words}. Replace it with this file’s ${words}?`);
});

test('a removed dataset can be put back', () => {
  const calls = show({ notice: 'Removed “Council”.', removed: 'Council' });
  expect(text('.notice-line')).toBe('Removed “Council”. Undo');
  button('Undo')!.click();
  expect(calls.map((c) => c[0])).toEqual(['undo']);
});

test('a stored entry that no longer passes the schema is shown as broken, with Remove by its place', () => {
  const calls = show({ broken: [{ index: 2, title: 'Old notes', error: 'people: expected array, got undefined' }] });
  expect(text('li.broken span')).toBe('Old notes');
  expect(text('li.broken small')).toBe('Cannot be used: people: expected array, got undefined');
  root.el.querySelector<HTMLButtonElement>('li.broken button')!.click();
  expect(calls).toEqual([['remove', 2]]);
});

test('imports still in the old stored form say so', () => {
  show({ migrationError: 'QUOTA_BYTES quota exceeded' });
  expect(text('.panel [role="alert"].error')).toMatch(/^Your datasets are still stored the old way: updating them failed \(QUOTA_BYTES/);
});

test('a failed settings import answers by its own button, not under the dataset import', () => {
  show({ settingsErrors: ['Nothing in this file is a Dramatis setting.'], errors: [] });
  expect(text('.settings-errors p')).toBe('The settings were not imported; yours are unchanged:');
  expect(text('.settings-errors li')).toBe('Nothing in this file is a Dramatis setting.');
  expect(text('.import-errors')).toBe('');
  // And the other way round: a dataset's errors stay by the dataset import.
  show({ errors: ['people[0].name: expected string'] });
  expect(text('.import-errors')).toContain('people[0].name');
  expect(text('.settings-errors')).toBe('');
  show({ settingsNotice: 'Settings imported.' });
  expect(text('.settings-notice')).toBe('Settings imported.');
});

test('the import hint links to the format, as a file to save', () => {
  show({});
  const a = root.el.querySelector<HTMLAnchorElement>('a[download]')!;
  expect(a.getAttribute('download')).toBe('people.schema.json');
  expect(a.getAttribute('href')).toBe('data:application/json,{}');
  expect(a.textContent).toBe('Download the format (JSON Schema)');
});
