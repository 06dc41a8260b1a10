/** Options → Behaviour shows the keyboard shortcuts as the browser set them, and says when it set none. */
import { LookSection } from '../../components/options/LookSection';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { testRoot } from '../support/render';

const root = testRoot();

const lines = () => [...root.el.querySelectorAll('.shortcuts li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim());

test.each([
  [
    'both keys assigned',
    [
      { name: 'next-highlight', shortcut: 'Alt+Shift+J', suggested: 'Alt+Shift+J' },
      { name: 'previous-highlight', shortcut: 'Alt+Shift+K', suggested: 'Alt+Shift+K' },
    ],
    ['Alt+Shift+J next highlighted name', 'Alt+Shift+K previous highlighted name'],
  ],
  [
    'a suggestion the browser declined',
    [
      { name: 'next-highlight', shortcut: '', suggested: 'Alt+Shift+N' },
      { name: 'previous-highlight', shortcut: 'Ctrl+Shift+9' },
    ],
    [
      'next highlighted name: no key. The browser did not assign the suggested Alt+Shift+N, usually because it already uses it.',
      'Ctrl+Shift+9 previous highlighted name',
    ],
  ],
])('%s', (_what, shortcuts, expected) => {
  root.show(<LookSection settings={DEFAULT_SETTINGS} shortcuts={shortcuts} onChange={() => undefined} onShortcuts={() => undefined} />);
  expect(lines()).toEqual(expected);
  expect(root.el.querySelector('.shortcuts button')?.textContent).toBe('Change shortcuts');
});

test('nothing is said about shortcuts before the browser has answered', () => {
  root.show(<LookSection settings={DEFAULT_SETTINGS} onChange={() => undefined} />);
  expect(root.el.querySelector('.shortcuts')).toBeNull();
});

test.each([
  ['auto', 'Automatic: leave editors and re-rendered text untouched'],
  ['wrap', 'Always wrap names (editors are skipped)'],
  ['ranges', 'Never modify pages'],
] as const)('how names are drawn: %s is shown as chosen, and a choice is saved as such', (mode, label) => {
  const changes: object[] = [];
  root.show(<LookSection settings={{ ...DEFAULT_SETTINGS, highlightMode: mode }} onChange={(c) => changes.push(c)} />);
  const select = root.el.querySelector<HTMLSelectElement>('#hl-mode')!;
  expect(select.selectedOptions[0]?.textContent).toBe(label);
  expect(root.el.querySelector(`label[for="hl-mode"]`)?.textContent).toBe('Changing pages');
  const other = mode === 'ranges' ? 'auto' : 'ranges';
  select.value = other;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  expect(changes).toEqual([{ highlightMode: other }]);
});
