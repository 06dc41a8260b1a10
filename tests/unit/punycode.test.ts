/** Internationalised hostnames shown as readers write them; what is stored and matched stays ASCII. */
import { decodeLabel, displayHost, displayRule } from '../../lib/punycode';
import { parseRule } from '../../lib/site-rules';

// Each host goes through the URL parser (the browser's own encoder) and back.
test.each([
  'école.fr',
  'münchen.de',
  'bücher.example',
  '例え.jp',
  'пример.рф',
  'ドメイン名例.jp',
  'ελληνικά.gr',
  'مثال.إختبار',
  'example.com',
  'news.bbc.co.uk',
])('%s round-trips through its ASCII form', (host) => {
  const ascii = new URL(`http://${host}`).hostname;
  expect(displayHost(ascii)).toBe(host);
});

test.each([
  ['ÉCOLE.fr', 'école.fr'],
  ['*.ÉCOLE.fr', '*.école.fr'],
  ['https://école.fr/xn--abc/*', 'https://école.fr/xn--abc/*'],
  ['*://*.münchen.de:8080/*', '*://*.münchen.de:8080/*'],
])('the rule %s, stored in ASCII, is shown as %s', (typed, shown) => {
  const r = parseRule(typed);
  if (!r.ok) throw new Error(`refused ${typed}`);
  expect(r.rule.text).not.toMatch(/[^\x00-\x7f]/);
  expect(displayRule(r.rule.text)).toBe(shown);
});

test.each([
  ['not punycode (a non-ASCII basic part)', 'é-abc'],
  ['a digit past the end', 'abc-9'],
  ['a character outside the alphabet', 'ab$c'],
])('a label that is no valid punycode is kept as it is: %s', (_what, body) => {
  expect(decodeLabel(body)).toBeUndefined();
  expect(displayHost(`xn--${body}.com`)).toBe(`xn--${body}.com`);
});
