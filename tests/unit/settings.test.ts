/** Settings: only changes are stored, imports are validated, old versions migrate. */
import {
  DEFAULT_SETTINGS,
  needsRescan,
  parseSettings,
  SETTINGS_MIGRATIONS,
  toStored,
  withDefaults,
  withHiddenName,
} from '../../lib/settings';

test('only values that differ from the defaults are stored', () => {
  expect(toStored({ ...DEFAULT_SETTINGS, hoverDelay: 500 })).toEqual({ hoverDelay: 500 });
  expect(toStored(withDefaults({}))).toEqual({});
});

test('version-1 settings ({ disabledSites }) upgrade to version 2', () => {
  expect(SETTINGS_MIGRATIONS[2]!({ disabledSites: ['bbc.co.uk', 42] })).toEqual({ exceptSites: ['bbc.co.uk'] });
  expect(SETTINGS_MIGRATIONS[2]!(null)).toEqual({});
});

test('the migration keeps a value that is already in the version-2 shape', () => {
  expect(SETTINGS_MIGRATIONS[2]!({ exceptSites: ['a.org'], theme: 'dark', bogus: 1, hoverDelay: 'x' })).toEqual({
    exceptSites: ['a.org'],
    theme: 'dark',
  });
});

test.each([
  [{ hoverDelay: 'fast' }, 'hoverDelay: must be a number from 0 to 2000'],
  [{ theme: 'purple' }, 'theme: must be one of auto, light, dark'],
  [{ highlightColor: 'red' }, 'highlightColor: must be a colour like #f2c94c'],
  [{ exceptSites: 'bbc.co.uk' }, 'exceptSites: must be a list of strings'],
  [{ colour: '#fff' }, 'colour: unknown setting'],
  [{ paused: 'yes' }, 'paused: expected boolean, got string'],
])('rejects imported settings %j', (input, error) => {
  const r = parseSettings(input);
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.errors).toContain(error);
});

// Once TypeErrors: these keys are on every object's prototype, so `key in defaults` said they were settings.
test.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('an imported settings file with the key %s gets a verdict', (key) => {
  const r = parseSettings(JSON.parse(`{ "${key}": { "includes": 1 }, "theme": "dark" }`));
  expect(r).toEqual({ ok: false, errors: [`${key}: unknown setting`] });
});

test.each<[string, unknown, object]>([
  ['a colour that is not one', { highlightColor: 'red; } body { display: none' }, {}],
  ['a delay out of range', { hoverDelay: -5, theme: 'dark' }, { theme: 'dark' }],
  ['an inherited key', JSON.parse('{ "__proto__": { "paused": true } }'), {}],
  ['not an object', 'paused', {}],
])('stored settings are checked on read: %s is dropped', (_what, stored, kept) => {
  expect(toStored(withDefaults(stored))).toEqual(kept);
  expect(withDefaults(stored).paused).toBe(false);
});

test('"Not this person" twice for the same name on the same site adds it once', () => {
  const h = { site: 'example.org', personId: 'theresa-may', form: 'May' };
  const once = withHiddenName([], h);
  expect(withHiddenName(once, { ...h })).toEqual([h]);
  expect(withHiddenName(once, { ...h, site: 'other.org' })).toHaveLength(2);
});

test('accepts a valid settings export', () => {
  const r = parseSettings({ theme: 'dark', exceptSites: ['bbc.co.uk'] });
  expect(r.ok && r.settings.theme).toBe('dark');
});

test.each<[string, object, boolean]>([
  ['colour is restyled in place', { highlightColor: '#ff0000' }, false],
  ['site rules are re-checked, not rescanned', { exceptSites: ['x.com'] }, false],
  ['people switched off need a rescan', { disabledPeople: ['liam-fox'] }, true],
  ['short forms switched off need a rescan', { useAnchored: false }, true],
])('%s', (_what, change, expected) => {
  expect(needsRescan(withDefaults({}), withDefaults(change))).toBe(expected);
});
