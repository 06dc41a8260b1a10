/** Who may ask the background for what, and how often one tab may. */
import { mayAsk, RATE_LIMITS, RateLimiter } from '../../lib/message-policy';
import type { Message } from '../../lib/messages';

test.each<[Message['type'], boolean, boolean]>([
  ['dramatis/tally', true, false],
  ['dramatis/people-named', true, false],
  ['dramatis/open-person', true, true],
  // A tab's people and URLs are for the popup and options, never a page.
  ['dramatis/get-tab-tally', false, true],
  // Search serves the capture panel's speaker list too; saving is the panel's alone.
  ['dramatis/find-people', true, true],
  ['dramatis/save-capture', true, false],
  ['dramatis/jump', false, false],
  ['dramatis/command', false, false],
  ['dramatis/capture', false, false],
  // Only a subframe's probe asks for the content script; an extension page has nothing to start.
  ['dramatis/start-frame', true, false],
  ['dramatis/probe-frame', true, false],
  // Sent by the background to every frame's probe, never to it.
  ['dramatis/recheck-frames', false, false],
])('%s: from a content script %s, from an extension page %s', (type, content, page) => {
  expect(mayAsk(type, 'content')).toBe(content);
  expect(mayAsk(type, 'extension-page')).toBe(page);
});

test('"Open in Dramatis" pressed in a loop opens three tabs in ten seconds, then more as time passes', () => {
  const limit = RATE_LIMITS['dramatis/open-person']!;
  const r = new RateLimiter();
  const tries = Array.from({ length: 100 }, (_, i) => r.allow('7:open', limit, i));
  expect(tries.filter(Boolean)).toHaveLength(3);
  expect(r.allow('8:open', limit, 100)).toBe(true);
  expect(r.allow('7:open', limit, 10_001)).toBe(true);
});

test('a closed tab’s counts are forgotten', () => {
  const limit = { count: 1, ms: 1000 };
  const r = new RateLimiter();
  expect(r.allow('7:tally', limit, 0)).toBe(true);
  expect(r.allow('7:tally', limit, 1)).toBe(false);
  r.forget('7:');
  expect(r.allow('7:tally', limit, 2)).toBe(true);
});
