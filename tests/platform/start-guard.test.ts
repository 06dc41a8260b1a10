/**
 * WXT's newer-script handoff still works with the guard in place, and a page's forged start event does not
 * stop Dramatis. A page's detail is an object of another realm (as a page's is to a content script).
 */
import { runInNewContext } from 'node:vm';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { guardScriptStarted } from '../../dom/start-guard';

const TYPE = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;

let guard: AbortController;
beforeEach(() => (guard = new AbortController()));
afterEach(() => guard.abort());

function running(): ContentScriptContext {
  const ctx = new ContentScriptContext('content', { noScriptStartedPostMessage: true });
  guardScriptStarted(window, TYPE, guard.signal);
  return ctx;
}

test('the event name is WXT’s, named after the extension', () => {
  // The entrypoint's name is filled in at build time (undefined here).
  expect(TYPE).toMatch(/^test-extension-id:.*:wxt:content-script-started$/);
});

test('a newer content script still takes over from the old one', () => {
  const old = running();
  const newer = new ContentScriptContext('content', { noScriptStartedPostMessage: true });
  expect(old.isValid).toBe(false);
  expect(newer.isValid).toBe(true);
});

test.each([
  ['a detail from the page’s realm', () => runInNewContext('({ contentScriptName: "content", messageId: "forged" })') as unknown],
  ['no detail', () => null],
  ['a string detail', () => 'content'],
])('a page’s forged start event with %s stops nothing', (_what, detail) => {
  const ctx = running();
  document.dispatchEvent(new CustomEvent(TYPE, { detail: detail() }));
  expect(ctx.isValid).toBe(true);
});

test('without the guard, the forged event would stop Dramatis (the test can fail)', () => {
  const ctx = new ContentScriptContext('content', { noScriptStartedPostMessage: true });
  document.dispatchEvent(
    new CustomEvent(TYPE, { detail: runInNewContext('({ contentScriptName: "content", messageId: "x" })') as unknown }),
  );
  expect(ctx.isValid).toBe(false);
});

test('no start-up message is posted to the page', () => {
  const seen: unknown[] = [];
  const listen = (e: MessageEvent) => seen.push(e.data);
  window.addEventListener('message', listen);
  running();
  window.removeEventListener('message', listen);
  expect(seen).toEqual([]);
});
