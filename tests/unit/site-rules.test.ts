/** Site rules: parsing, matching, and the popup's switch. */
import { isSiteEnabled, parseRule, parseRules, ruleMatches, type SitePolicy, toggleSite } from '../../lib/site-rules';
import { covers } from '../../lib/rule-coverage';

test.each([
  ['bbc.co.uk', 'https://bbc.co.uk/news', true],
  ['bbc.co.uk', 'https://www.bbc.co.uk/news', true],
  ['bbc.co.uk', 'https://notbbc.co.uk/', false],
  ['*.example.com', 'https://news.example.com/a', true],
  ['*.example.com', 'https://example.com/a', true],
  ['https://news.example.com/politics/*', 'https://news.example.com/politics/uk', true],
  ['https://news.example.com/politics/*', 'https://news.example.com/sport/uk', false],
  ['https://news.example.com/politics/*', 'http://news.example.com/politics/uk', false],
  ['*://*.example.com/*', 'http://a.example.com/x', true],
  ['localhost:8080', 'http://localhost:8080/', true],
  ['localhost:8080', 'http://localhost:9090/', false],
  ['localhost', 'http://localhost:9090/', true],
  ['127.0.0.1', 'http://127.0.0.1:5173/demo', true],
  ['bücher.de', 'https://xn--bcher-kva.de/', true],
  ['BBC.CO.UK', 'https://bbc.co.uk/', true],
])('%s covers %s: %s', (rule, url, expected) => {
  const r = parseRule(rule);
  expect(r.ok).toBe(true);
  if (r.ok) expect(ruleMatches(r.rule, new URL(url))).toBe(expected);
});

test.each([
  ['', { code: 'ruleEmpty' }],
  ['not a site', { code: 'ruleBadSite', arg: 'not a site' }],
  ['ftp://example.com', { code: 'ruleBadScheme' }],
  ['http://', { code: 'ruleNoHost', arg: 'http://' }],
  ['https:', { code: 'ruleNoHost', arg: 'https:' }],
  ['javascript:alert(1)', { code: 'ruleBadScheme' }],
  ['exa mple.com', { code: 'ruleBadSite', arg: 'exa mple.com' }],
  ['-bad-.com', { code: 'ruleBadSite', arg: '-bad-.com' }],
  ['example', { code: 'ruleBadSite', arg: 'example' }],
  ['https://exa mple.com/*', { code: 'ruleBadHost', arg: 'exa mple.com' }],
  ['localhost:99999', { code: 'ruleBadPort', arg: '99999' }],
])('rejects %j with a clear error', (input, error) => {
  const r = parseRule(input);
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.error).toEqual(error);
});

test('pasting many lines keeps the valid ones and reports the rest', () => {
  const { rules, errors } = parseRules('bbc.co.uk\nnot a site\n*.example.com\n\nftp://x.org');
  expect(rules.map((r) => r.text)).toEqual(['bbc.co.uk', '*.example.com']);
  expect(errors.map((e) => e.input)).toEqual(['not a site', 'ftp://x.org']);
});

const base: SitePolicy = { paused: false, siteMode: 'except', exceptSites: [], onlySites: [] };

test.each<[string, Partial<SitePolicy>, string, boolean]>([
  ['on everywhere by default', {}, 'https://bbc.co.uk/', true],
  ['off where excepted', { exceptSites: ['bbc.co.uk'] }, 'https://www.bbc.co.uk/', false],
  ['off everywhere when paused', { paused: true }, 'https://bbc.co.uk/', false],
  ['only on listed sites', { siteMode: 'only', onlySites: ['bbc.co.uk'] }, 'https://cnn.com/', false],
  ['on a listed site in only mode', { siteMode: 'only', onlySites: ['bbc.co.uk'] }, 'https://bbc.co.uk/', true],
  ['never on browser pages', {}, 'chrome://extensions', false],
])('%s', (_what, policy, url, expected) => {
  expect(isSiteEnabled({ ...base, ...policy }, url)).toBe(expected);
});

test('the switch adds and removes the host in either mode', () => {
  const off = toggleSite(base, 'https://www.bbc.co.uk/news', false);
  expect(off.exceptSites).toEqual(['www.bbc.co.uk']);
  const on = toggleSite({ ...base, exceptSites: ['bbc.co.uk', 'cnn.com'] }, 'https://www.bbc.co.uk/news', true);
  expect(on.exceptSites).toEqual(['cnn.com']);
  const only = toggleSite({ ...base, siteMode: 'only' }, 'http://127.0.0.1:8000/', true);
  expect(only.onlySites).toEqual(['127.0.0.1']);
});

describe('which rule already covers another', () => {
  const rule = (s: string) => {
    const r = parseRule(s);
    if (!r.ok) throw new Error(s);
    return r.rule;
  };
  test.each([
    ['bbc.co.uk', 'news.bbc.co.uk', true],
    ['bbc.co.uk', '*.news.bbc.co.uk', true],
    ['*.bbc.co.uk', 'bbc.co.uk', true],
    ['bbc.co.uk', 'https://www.bbc.co.uk/news/*', true],
    ['*://*.bbc.co.uk/*', 'https://news.bbc.co.uk/politics/*', true],
    ['https://bbc.co.uk/*', 'https://bbc.co.uk/news/*', true],
    // Near misses.
    ['news.bbc.co.uk', 'bbc.co.uk', false],
    ['bbc.co.uk', 'notbbc.co.uk', false],
    ['bbc.co.uk', '*://*/*', false],
    ['https://bbc.co.uk/news/*', 'https://bbc.co.uk/sport/*', false],
    ['https://bbc.co.uk/*', 'http://bbc.co.uk/*', false],
    ['https://bbc.co.uk/*', 'bbc.co.uk', false],
    ['example.com:8080', 'example.com', false],
  ])('%s covers %s: %s', (outer, inner, expected) => {
    expect(covers(rule(outer), rule(inner))).toBe(expected);
  });
});
