/**
 * WXT's newer-script handoff still works with the guard in place, and a page's forged start event does not
 * stop Dramatis, whatever its detail (Chromium copies a page's detail into the content script's world).
 */
import { runInNewContext } from 'node:vm';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { countStart, guardScriptStarted } from '../../dom/start-guard';
import { captureOnStart, takeCaptureOnStart } from '../../dom/wake-reason';

const TYPE = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;

let guard: AbortController;
beforeEach(() => (guard = new AbortController()));
afterEach(() => guard.abort());

/** A content script as it starts: counted, its context made, then guarded. */
function running(world: object): ContentScriptContext {
  countStart('content', world);
  const ctx = new ContentScriptContext('content', { noScriptStartedPostMessage: true });
  guardScriptStarted(window, TYPE, 'content', guard.signal, world);
  return ctx;
}
const forged = (detail: unknown) => document.dispatchEvent(new CustomEvent(TYPE, { detail }));

test('the event name is WXT’s, named after the extension', () => {
  // The entrypoint's name is filled in at build time (undefined here).
  expect(TYPE).toMatch(/^test-extension-id:.*:wxt:content-script-started$/);
});

test('a newer content script still takes over from the old one', () => {
  const world = {};
  const old = running(world);
  const newer = running(world);
  expect(old.isValid).toBe(false);
  expect(newer.isValid).toBe(true);
});

test.each([
  ['the detail WXT sends, copied into our world', () => ({ contentScriptName: 'content', messageId: 'forged' })],
  ['a detail from the page’s realm', () => runInNewContext('({ contentScriptName: "content", messageId: "forged" })') as unknown],
  ['no detail', () => null],
])('a page’s forged start event with %s stops nothing', (_what, detail) => {
  const ctx = running({});
  forged(detail());
  expect(ctx.isValid).toBe(true);
});

test.each(['before', 'after'])(
  'the frame probe counting itself in the same world %s the content script lets no forged event stop it',
  (when) => {
    const world = {};
    const probe = () => countStart('frame-probe', world);
    if (when === 'before') probe();
    const ctx = running(world);
    if (when === 'after') probe();
    forged({ contentScriptName: 'content', messageId: 'forged' });
    expect(ctx.isValid).toBe(true);
  },
);

test('a capture asked of a probe is left for the content script it brings in, once', () => {
  const world = {};
  expect(takeCaptureOnStart(world)).toBe(false);
  captureOnStart(world);
  expect(takeCaptureOnStart(world)).toBe(true);
  expect(takeCaptureOnStart(world)).toBe(false);
});

test('without the guard, the forged event would stop Dramatis (the test can fail)', () => {
  const ctx = new ContentScriptContext('content', { noScriptStartedPostMessage: true });
  forged({ contentScriptName: 'content', messageId: 'x' });
  expect(ctx.isValid).toBe(false);
});

test('no start-up message is posted to the page', () => {
  const seen: unknown[] = [];
  const listen = (e: MessageEvent) => seen.push(e.data);
  window.addEventListener('message', listen);
  running({});
  window.removeEventListener('message', listen);
  expect(seen).toEqual([]);
});
