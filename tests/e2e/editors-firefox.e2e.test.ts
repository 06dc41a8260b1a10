/**
 * Issue 23 in Firefox ESR: names in editors are drawn with ranges from the content script's sandbox, typing and
 * undo in the editor go exactly as in a Firefox without Dramatis, hovering such a name opens its card (found
 * with `caretPositionFromPoint`), the React-like app keeps rendering what it means to, and the textarea is left
 * alone.
 */
import { expect, test } from 'vitest';
import { firefoxFixtures } from './drivers';
import { hoverRanged, namedRanges, rangeKinds, rangeLookAt, reactLikeRun, textareaState, typingSession, wrappedNames } from './editors';
import { until } from './scenario';

const env = firefoxFixtures({ bare: true });

const IN_EDITORS = ['Boris Johnson@e1', 'Darroch@e2', 'Kim Darroch@e1', 'Kim Darroch@pm1', 'Theresa May@pm1'];

test('editors get ranges, typing and undo go as without Dramatis, and hovering opens the card', async () => {
  const p = await env.d.open(`${env.url}/editor-article.html`);
  await until(p, namedRanges, null, IN_EDITORS);
  expect(await p.evaluate(wrappedNames, null)).toEqual(['Kim Darroch@outside']);
  expect(await p.evaluate(textareaState, null)).toMatchObject({ ranges: 0, marks: 0 });
  // The look of names drawn with ranges reaches the editors only, as in Chromium.
  expect(await p.evaluate(rangeLookAt, ['e1', 'pm1', 'outside'])).toEqual(['e1: yes', 'pm1: yes', 'outside: no']);
  expect(await hoverRanged(p, 'Theresa May', 'pm1', 'theresa-may')).toBe('theresa-may');
  await p.press('Escape');
  await p.move(2, 2);
  const withUs = await typingSession(p);
  const plain = await env.bare.open(`${env.url}/editor-article.html`);
  const without = await typingSession(plain);
  expect(withUs.typed).toEqual(without.typed);
  expect(withUs.undone).toEqual(without.undone);
  expect(withUs.drawn).toContain('Jeremy Hunt@e2');
  expect(withUs.drawn.filter((n) => n.startsWith('Boris Johnson@'))).toHaveLength(2);
  await plain.close();
  await p.close();
});

test('the React-like app keeps rendering correctly, with its names highlighted', async () => {
  const p = await env.d.open(`${env.url}/react-like.html`);
  const run = await reactLikeRun(p);
  expect(run.wrapped).toEqual(['Kim Darroch@p-a']);
  expect(run.frames.length).toBeGreaterThanOrEqual(4);
  expect(run.frames.every(Boolean)).toBe(true);
  // The app's own text has static ranges (they cost its re-renders nothing), drawn again before each paint.
  expect((await p.evaluate(rangeKinds, null)).filter((k) => k.startsWith('p-b'))).toEqual(['p-b: static']);
  expect(run.report.errors).toBe(0);
  expect(await p.evaluate(rangeLookAt, ['p-b'])).toEqual(['p-b: yes']);
  await p.close();
});
