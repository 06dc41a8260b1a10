/** Both cards' foot (CardFooter): "Open in Dramatis" only when it can open, and each card's own actions after it. */
import type { ComponentChildren } from 'preact';
import { PersonCard } from '../../components/PersonCard';
import { QuoteCard } from '../../components/QuoteCard';
import { buildDirectory } from '../../lib/directory';
import { bundled } from '../support/article';
import { testRoot } from '../support/render';

const dir = buildDirectory([bundled()]);
const root = testRoot();
const darroch = dir.byId.get('kim-darroch')!;
const letter = dir.quotesBy('kim-darroch')[0]!;

type Actions = { onOpen?: () => void; onHide?: () => void };
const cards: Array<[string, (a: Actions) => ComponentChildren, string[]]> = [
  ['person card', (a) => <PersonCard person={darroch} said={[]} saidAbout={[]} mentions={1} theme="light" {...a} />, ['Not this person']],
  ['quote card', (a) => <QuoteCard speaker={darroch} quote={letter} found={[]} shortened={false} changed={[]} theme="light" {...a} />, []],
];
const footerButtons = () => [...root.el.querySelectorAll('.card > footer button')].map((b) => b.textContent);

test.each(cards)('%s: "Open in Dramatis" comes first, and calls back', (_, card, own) => {
  const calls: string[] = [];
  root.show(card({ onOpen: () => calls.push('open'), onHide: () => calls.push('hide') }));
  expect(footerButtons()).toEqual(['Open in Dramatis', ...own]);
  (root.el.querySelector('.card > footer button') as HTMLElement).click();
  expect(calls).toEqual(['open']);
});

test.each(cards)('%s: no "Open in Dramatis" without a way to open', (_, card, own) => {
  root.show(card({ onHide: () => undefined }));
  expect(footerButtons()).toEqual(own);
});

test('the quote card emphasises the words this page reproduces', () => {
  const text = letter.text;
  root.show(<QuoteCard speaker={darroch} quote={letter} found={[[0, 10]]} shortened changed={[]} theme="light" />);
  expect(root.el.querySelector('blockquote mark')!.textContent).toBe(text.slice(0, 10));
  expect(root.el.querySelector('.differs li')!.textContent).toBe('This page gives only part of it.');
});
