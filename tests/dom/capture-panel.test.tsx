/**
 * The capture panel as a component (issue 17): what it sends for each kind, what stops a save and how it says
 * so, and each answer of the save (saved, refused with who is there, failed), in happy-dom with the English
 * catalogue. The panel is presentational: saving, counting and searching are the container's, faked here.
 */
import { act } from 'preact/test-utils';
import { CapturePanel, type CapturePanelProps } from '../../components/capture/CapturePanel';
import type { CaptureDraft } from '../../components/capture/types';
import type { SaveReply } from '../../lib/messages';
import type { CaptureChange } from '../../lib/notes';
import { testRoot } from '../support/render';

const root = testRoot();
const source = { url: 'https://gazette.example/a', title: 'Harbour plan', publisher: 'The Harbour Gazette', published: '2026-11-02' };
const draft = (over: Partial<CaptureDraft> = {}): CaptureDraft => ({
  kind: 'person',
  selection: 'Ada Pemberton',
  inField: false,
  siteOff: false,
  person: {
    name: 'Ada Pemberton',
    role: 'leader of the opposition',
    affiliation: '',
    names: [
      { text: 'Ada Pemberton', match: 'always' },
      { text: 'Pemberton', match: 'anchored' },
    ],
    honorifics: [],
  },
  formPeople: [],
  quote: { text: 'This plan puts every family at risk', speakerId: 'ada-pemberton', occasion: '', about: [] },
  onPage: [{ id: 'ada-pemberton', name: 'Ada Pemberton', role: 'leader of the opposition' }],
  source,
  ...over,
});

function show(
  d: CaptureDraft,
  reply: SaveReply = { ok: true, personId: 'ada-pemberton', datasetId: 'my-notes' },
  extra: Partial<CapturePanelProps> = {},
) {
  const sent: CaptureChange[] = [];
  const closed: number[] = [];
  root.show(
    <CapturePanel
      draft={d}
      theme="light"
      notesTitle="My notes"
      count={(names) => names.length * 3}
      search={() => Promise.resolve([])}
      save={(c) => (sent.push(c), Promise.resolve(reply))}
      onClose={() => closed.push(1)}
      {...extra}
    />,
  );
  return { sent, closed };
}
const status = () => root.el.querySelector('.status')?.textContent;
const button = (label: string) => [...root.el.querySelectorAll('button')].find((b) => b.textContent === label)!;
const flush = () => act(() => new Promise((r) => setTimeout(r, 0)));
const type = (el: HTMLInputElement | HTMLTextAreaElement, value: string) =>
  act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });

test('a person: the count of what the forms would highlight, then the change sent with the source', async () => {
  const { sent } = show(draft());
  expect(root.el.querySelector('.count')?.textContent).toBe('Would highlight 6 here');
  await act(() => button('Save').click());
  await flush();
  expect(sent).toEqual([
    {
      kind: 'person',
      person: { name: 'Ada Pemberton', role: 'leader of the opposition', names: draft().person.names, honorifics: [] },
      source,
      namesake: false,
    },
  ]);
  expect(status()).toBe('Saved to My notes. Every open tab highlights it now.');
  expect(button('Close')).toBeTruthy();
});

test.each<[string, Partial<CaptureDraft>, string]>([
  ['no role', { person: { ...draft().person, role: ' ' } }, 'Give their role, as the page states it.'],
  [
    'a name of 81 characters',
    { person: { ...draft().person, name: 'A'.repeat(81) } },
    'A name can have at most 80 characters; this has 81. Select just the name, or add it as a quote.',
  ],
  ['a name with no letter', { person: { ...draft().person, name: '1984' } }, 'A name needs at least one letter.'],
  ['a source with no headline', { source: { ...source, title: '' } }, 'Give the source a headline and a publisher.'],
  ['a quote with no speaker', { kind: 'quote', quote: { ...draft().quote, speakerId: undefined } }, 'Choose who said it.'],
  ['another name of nobody chosen', { kind: 'form', formPeople: [], onPage: [] }, 'Choose whose name it is.'],
  [
    'nothing selected',
    { kind: 'quote', selection: '', quote: { ...draft().quote, text: '' } },
    'Select a name or a quote on the page first, then try again.',
  ],
])('%s: the panel says why, and Save is off', (_what, over, why) => {
  const { sent } = show(draft(over));
  expect(status()).toBe(why);
  expect(button('Save').disabled).toBe(true);
  button('Save').click();
  expect(sent).toEqual([]);
});

test('a quote of 6,000 characters is offered to be shortened, then saved with the default occasion', async () => {
  const long = 'We will build it. '.repeat(334).trim();
  const { sent } = show(draft({ kind: 'quote', quote: { ...draft().quote, text: long } }));
  expect(status()).toBe('This quote has 6,011 characters; a quote can have at most 5,000.');
  await act(() => button('Shorten it to fit').click());
  expect(root.el.querySelector('textarea')!.value.length).toBeLessThanOrEqual(5000);
  await act(() => button('Save').click());
  await flush();
  expect(sent[0]).toMatchObject({ kind: 'quote', personId: 'ada-pemberton', occasion: 'As reported', source });
});

test('a known name: the panel names who is there, and offers to add to them or make a namesake', async () => {
  const exists = { personId: 'kim-darroch', name: 'Kim Darroch', role: "Britain's ambassador to Washington" };
  show(draft({ person: { ...draft().person, name: 'Kim Darroch' } }), { ok: false, error: 'Kim Darroch is already known', exists });
  await act(() => button('Save').click());
  await flush();
  expect(status()).toBe('Not saved: Kim Darroch is already known');
  expect(root.el.querySelector('.exists p')?.textContent).toBe(
    "Kim Darroch (Britain's ambassador to Washington) is already in your datasets.",
  );
  await act(() => button('Add a name or quote to them').click());
  const kind = [...root.el.querySelectorAll<HTMLInputElement>('.kinds input')].map((i) => i.checked);
  expect(kind).toEqual([false, true, false]);
  expect(root.el.querySelector<HTMLSelectElement>('.field select')!.value).toBe('kim-darroch');
});

test('a namesake is sent as one, with the role the reader gave', async () => {
  const exists = { personId: 'kim-darroch', name: 'Kim Darroch', role: 'Ambassador' };
  let first = true;
  const sent: CaptureChange[] = [];
  show(draft({ person: { ...draft().person, name: 'Kim Darroch' } }), undefined, {
    save: (c) => {
      sent.push(c);
      const r: SaveReply = first
        ? { ok: false, error: 'Kim Darroch is already known', exists }
        : { ok: true, personId: 'kim-darroch-2', datasetId: 'my-notes' };
      first = false;
      return Promise.resolve(r);
    },
  });
  await act(() => button('Save').click());
  await flush();
  await act(() => button('A different person with the same name').click());
  await type(root.el.querySelectorAll<HTMLInputElement>('.field input')[1]!, 'Painter');
  await act(() => button('Save').click());
  await flush();
  expect(sent[1]).toMatchObject({ kind: 'person', namesake: true, person: { name: 'Kim Darroch', role: 'Painter' } });
});

test('once the extension is gone, the panel says so, keeps the text, and cannot save', () => {
  const { sent } = show(draft(), undefined, { gone: true });
  expect(status()).toBe('Dramatis was reloaded, so this page can no longer save. Copy what you need, then reload the page.');
  expect(button('Save').disabled).toBe(true);
  expect(root.el.querySelector<HTMLInputElement>('.field input')!.value).toBe('Ada Pemberton');
  expect(sent).toEqual([]);
});

test('Escape closes the panel', () => {
  const { closed } = show(draft());
  void act(() => {
    root.el.querySelector('.capture')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  });
  expect(closed).toEqual([1]);
});

test('Enter in a field saves, Shift+Enter does not; once saved, the focus is on Close', async () => {
  const { sent } = show(draft());
  const role = root.el.querySelectorAll<HTMLInputElement>('.field input')[1]!;
  await act(() => {
    role.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', shiftKey: true, bubbles: true }));
  });
  expect(sent).toHaveLength(0);
  await act(() => {
    role.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  });
  await flush();
  expect(sent).toHaveLength(1);
  expect(root.el.ownerDocument.activeElement?.textContent).toBe('Close');
});

test('Ctrl+Enter saves a quote from its text box; Enter alone there is a new line', async () => {
  const { sent } = show(draft({ kind: 'quote' }));
  const box = root.el.querySelector('textarea')!;
  await act(() => {
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  });
  expect(sent).toHaveLength(0);
  await act(() => {
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
  });
  await flush();
  expect(sent[0]).toMatchObject({ kind: 'quote' });
});
