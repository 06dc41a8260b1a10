/**
 * Issue 23 in Firefox ESR: names in editors are drawn with ranges from the content script's sandbox, typing and
 * undo in the editor go exactly as in a Firefox without Dramatis, hovering such a name opens its card (found
 * with `caretPositionFromPoint`), the React-like app keeps rendering what it means to, and the textarea is left
 * alone.
 */
import type { Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type Driver, firefoxDriver } from './drivers';
import { hoverRanged, namedRanges, reactLikeRun, textareaState, typingSession, wrappedNames } from './editors';
import { ROOT, serve } from './harness';
import { until } from './scenario';

let d: Driver;
let bare: Driver;
let site: { url: string; server: Server };
beforeAll(async () => {
  site = await serve(join(ROOT, 'tests/fixtures'));
  [d, bare] = await Promise.all([firefoxDriver('e2e'), firefoxDriver('e2e', { bare: true })]);
});
afterAll(async () => {
  await Promise.all([d?.close(), bare?.close()]);
  site?.server.close();
});

const IN_EDITORS = ['Boris Johnson@e1', 'Darroch@e2', 'Kim Darroch@e1', 'Kim Darroch@pm1', 'Theresa May@pm1'];

test('editors get ranges, typing and undo go as without Dramatis, and hovering opens the card', async () => {
  const p = await d.open(`${site.url}/editor-article.html`);
  await until(p, namedRanges, null, IN_EDITORS);
  expect(await p.evaluate(wrappedNames, null)).toEqual(['Kim Darroch@outside']);
  expect(await p.evaluate(textareaState, null)).toMatchObject({ ranges: 0, marks: 0 });
  expect(await hoverRanged(p, 'Theresa May', 'pm1', 'theresa-may')).toBe('theresa-may');
  await p.press('Escape');
  await p.move(2, 2);
  const withUs = await typingSession(p);
  const plain = await bare.open(`${site.url}/editor-article.html`);
  const without = await typingSession(plain);
  expect(withUs.typed).toEqual(without.typed);
  expect(withUs.undone).toEqual(without.undone);
  expect(withUs.drawn).toContain('Jeremy Hunt@e2');
  expect(withUs.drawn.filter((n) => n.startsWith('Boris Johnson@'))).toHaveLength(2);
  await plain.close();
  await p.close();
});

test('the React-like app keeps rendering correctly, with its names highlighted', async () => {
  const p = await d.open(`${site.url}/react-like.html`);
  const run = await reactLikeRun(p);
  expect(run.wrapped).toEqual(['Kim Darroch@p-a']);
  expect(run.frames.length).toBeGreaterThanOrEqual(4);
  expect(run.frames.every(Boolean)).toBe(true);
  expect(run.report.errors).toBe(0);
  await p.close();
});
