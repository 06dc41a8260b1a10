/** Short forms remembered until their person is named: what is kept, what is given back, when to rescan. */
import { collectChunks } from '../../dom/collect';
import { type Found, PendingForms } from '../../dom/pending-forms';
import { compileMatcher } from '../../lib/matcher';
import { bundled } from '../support/article';

const matcher = compileMatcher(bundled().people);

function found(text: string): Found {
  const p = document.createElement('p');
  p.textContent = text;
  document.body.append(p);
  const chunk = [...collectChunks(p)][0]!;
  return { chunk, mentions: matcher.scan(chunk.segments) };
}

afterEach(() => {
  document.body.textContent = '';
});

test('a short form is kept until its person is anchored, then given back once', () => {
  const pending = new PendingForms();
  pending.keep(found('Johnson said no. Trump agreed.'), new Set());
  expect(pending.take(new Set(['donald-trump']))).toEqual({ ready: [], rescan: false });
  const { ready, rescan } = pending.take(new Set(['boris-johnson']));
  expect(ready.map((f) => f.mentions[0]!.form)).toEqual(['Johnson']);
  expect(rescan).toBe(false);
  expect(pending.take(new Set(['boris-johnson'])).ready).toEqual([]);
});

test('a form whose person is already anchored, or a full name, is not kept', () => {
  const pending = new PendingForms();
  pending.keep(found('Johnson said no. Donald Trump agreed.'), new Set(['boris-johnson']));
  expect(pending.take(new Set(['boris-johnson', 'donald-trump'])).ready).toEqual([]);
});

test('text changed since it was seen asks for a rescan instead', () => {
  const pending = new PendingForms();
  const f = found('Johnson said no.');
  pending.keep(f, new Set());
  f.chunk.nodes[0]!.data = 'Johnson said yes.';
  expect(pending.take(new Set(['boris-johnson'])).rescan).toBe(true);
});

test('past 5,000 remembered forms, naming the person asks for a rescan', () => {
  const pending = new PendingForms();
  const f = found(Array.from({ length: 5001 }, () => 'Johnson.').join(' '));
  pending.keep(f, new Set());
  const { ready, rescan } = pending.take(new Set(['boris-johnson']));
  expect(ready).toHaveLength(5000);
  expect(rescan).toBe(true);
});
