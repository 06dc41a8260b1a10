/** The card's presentational components, rendered with happy-dom. */
import { render } from 'preact';
import { PersonCard } from '../../components/PersonCard';
import { CLAMP_CHARS, quoteWithSource } from '../../components/QuoteList';
import { buildDirectory } from '../../lib/directory';
import { bundled } from '../support/article';
import { testRoot } from '../support/render';

const dir = buildDirectory([bundled()]);
const root = testRoot();

function show(id: string, extra: Partial<Parameters<typeof PersonCard>[0]> = {}) {
  const person = dir.byId.get(id)!;
  root.show(<PersonCard person={person} said={dir.quotesBy(id)} saidAbout={dir.quotesAbout(id)} mentions={4} theme="light" {...extra} />);
  return root.el.querySelector('.card')!;
}
const click = (el: Element | null | undefined) => (el as HTMLElement).click();
const buttons = (name: string) => [...root.el.querySelectorAll('button')].filter((b) => b.textContent === name);

test('name, role, description and mention count', () => {
  const card = show('kim-darroch');
  expect(card.getAttribute('role')).toBe('dialog');
  expect(card.querySelector('h2')!.textContent).toBe('Kim Darroch');
  expect(card.getAttribute('aria-labelledby')).toBe(card.querySelector('h2')!.id);
  expect(card.querySelector('.role')!.textContent).toBe("Britain's ambassador to Washington");
  expect(card.querySelector('.description')!.textContent).toContain('career diplomat');
  expect(card.querySelector('.mentions')!.textContent).toBe('4 mentions on this page');
});

test('"Said" shows two quotes, then all with "Show all N"', async () => {
  show('kim-darroch');
  const said = () => root.el.querySelectorAll('section[aria-label="Said"] .quote');
  expect(said().length).toBe(2);
  click(buttons('Show all 5')[0]);
  await new Promise((r) => setTimeout(r, 0));
  expect(said().length).toBe(5);
  expect(root.el.querySelector('section[aria-label="Said"] .meta')!.textContent).toContain('Resignation letter · TRT World');
});

test('fragments are labelled as such', () => {
  show('donald-trump');
  expect(root.el.querySelector('section[aria-label="Said"] blockquote')!.textContent).toBe('Fragment: “foolish”');
});

test('"Said about them" names the speaker', () => {
  show('boris-johnson');
  const about = root.el.querySelector('section[aria-label="Said about them"]')!;
  expect(about.querySelectorAll('.quote').length).toBe(2);
  expect(about.querySelector('.meta strong')!.textContent).toBe('Alan Duncan · ');
});

test('long quotes are clamped with "more"', async () => {
  show('jeremy-corbyn');
  const quote = () => root.el.querySelector('section[aria-label="Said"] blockquote')!.textContent;
  expect(quote().length).toBeLessThan(CLAMP_CHARS + 40);
  click(buttons('more')[0]);
  await new Promise((r) => setTimeout(r, 0));
  expect(quote()).toContain('choose who represents the UK.');
});

test('the why line, and the actions call back', () => {
  const calls: string[] = [];
  show('theresa-may', {
    why: { form: 'May' },
    onHide: () => calls.push('hide'),
    onOpen: () => calls.push('open'),
    onCopy: (q) => calls.push(quoteWithSource(q)),
  });
  expect(root.el.querySelector('.why')!.textContent).toBe('Matched “May”: Theresa May is named on this page.');
  click(buttons('Not this person')[0]);
  click(buttons('Open in Dramatis')[0]);
  click(buttons('Copy')[0]);
  expect(calls.slice(0, 2)).toEqual(['hide', 'open']);
  expect(calls[2]).toBe(
    '“I have told him it is a matter of great regret that he has felt it necessary to leave his position as ambassador to Washington” — Theresa May (Told parliament, TRT World)',
  );
});

test('Copy answers "Copied" for a moment, then reads Copy again', async () => {
  vi.useFakeTimers();
  try {
    show('theresa-may', { onCopy: () => undefined });
    click(buttons('Copy')[0]);
    await vi.advanceTimersByTimeAsync(0);
    expect(buttons('Copied')).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1600);
    expect(buttons('Copied')).toHaveLength(0);
    expect(buttons('Copy').length).toBeGreaterThan(0);
  } finally {
    vi.useRealTimers();
  }
});

test('a person the source never quotes says so', () => {
  show('olly-barratt');
  expect(root.el.querySelector('.empty')!.textContent).toBe('No quotes from or about them in the source.');
});

test('hostile strings are text, never markup', () => {
  const person = { ...dir.byId.get('liam-fox')!, role: '<img src=x onerror=alert(1)>' };
  render(<PersonCard person={person} said={[]} saidAbout={[]} mentions={1} theme="dark" />, root.el);
  expect(root.el.querySelector('img')).toBeNull();
  expect(root.el.querySelector('.role')!.textContent).toBe('<img src=x onerror=alert(1)>');
});

test('right-to-left names in the why line and in quote lines are isolated, so they reorder nothing around them', () => {
  const rtl = {
    id: 'tereza-mai',
    name: 'تيريزا ماي',
    role: 'رئيسة الوزراء',
    names: [{ text: 'ماي', match: 'anchored' as const }],
    quotes: [{ text: 'نعم.', occasion: 'مؤتمر صحفي', source: bundled().sources[0]!.id, about: ['kim-darroch'] }],
  };
  const d = buildDirectory([{ ...bundled(), people: [rtl, ...bundled().people] }]);
  root.show(
    <PersonCard person={d.byId.get('kim-darroch')!} said={[]} saidAbout={d.quotesAbout('kim-darroch')} mentions={1} theme="light" />,
  );
  const metas = [...root.el.querySelectorAll('section[aria-label="Said about them"] .meta')];
  const mine = metas.find((m) => m.textContent.includes('تيريزا ماي'))!;
  expect([...mine.querySelectorAll('bdi')].map((b) => b.textContent)).toEqual(['تيريزا ماي', 'مؤتمر صحفي', 'TRT World']);
  root.show(<PersonCard person={rtl} said={[]} saidAbout={[]} mentions={1} theme="light" why={{ form: 'ماي' }} />);
  const why = root.el.querySelector('.why')!;
  expect(why.textContent).toBe('Matched “ماي”: تيريزا ماي is named on this page.');
  expect([...why.querySelectorAll('bdi')].map((b) => b.textContent)).toEqual(['ماي', 'تيريزا ماي']);
});
