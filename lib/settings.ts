/**
 * The settings model: defaults, the stored form (only what the user changed),
 * validation of imported settings, and migrations between stored versions.
 */
import type { SitePolicy } from './site-rules';

/** A name the user hid on one site with "Not this person". */
export interface HiddenName {
  site: string;
  personId: string;
  form: string;
}

/** Every user setting. */
export interface Settings extends SitePolicy {
  highlightStyle: 'soft' | 'underline' | 'dotted' | 'outline';
  highlightColor: string;
  colorByAffiliation: boolean;
  theme: 'auto' | 'light' | 'dark';
  hoverDelay: number;
  openOn: 'hover' | 'click';
  useAnchored: boolean;
  /** Mark passages that reproduce a dataset quote (issue 20). */
  recogniseQuotes: boolean;
  /**
   * How names are drawn (issue 23): wrapped, except where that is risky, which gets ranges that leave the page
   * as it is ('auto'); wrapped everywhere it is safe, editors left alone ('wrap'); or never by changing the
   * page ('ranges').
   */
  highlightMode: 'auto' | 'wrap' | 'ranges';
  disabledPeople: string[];
  hiddenNames: HiddenName[];
  disabledDatasets: string[];
}

/** What a fresh install uses. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  paused: false,
  siteMode: 'except',
  exceptSites: [],
  onlySites: [],
  highlightStyle: 'soft',
  highlightColor: '#f2c94c',
  colorByAffiliation: false,
  theme: 'auto',
  hoverDelay: 300,
  openOn: 'hover',
  useAnchored: true,
  recogniseQuotes: true,
  highlightMode: 'auto',
  disabledPeople: [],
  hiddenNames: [],
  disabledDatasets: [],
});

/** The stored form: only the keys that differ from the defaults. */
export type StoredSettings = Partial<Settings>;

/** The current stored-settings version; bump it with a migration below. */
export const SETTINGS_VERSION = 2;

/**
 * Migrations, keyed by the version they produce. Version 1 (the first release)
 * stored `{ disabledSites: string[] }`; version 2 stores partial `Settings`.
 */
export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => StoredSettings> = {
  // Idempotent: a value stored without its version tag (by another device or by hand) that is
  // already in the version-2 shape keeps its valid keys.
  2: (raw: unknown) => {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
    const { disabledSites, ...rest } = raw as Record<string, unknown>;
    const kept = validSettings(rest);
    const sites = Array.isArray(disabledSites) ? disabledSites.filter((s): s is string => typeof s === 'string') : [];
    const except = [...((kept.exceptSites as string[] | undefined) ?? []), ...sites];
    return { ...kept, ...(except.length ? { exceptSites: [...new Set(except)] } : {}) };
  },
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Whether `key` is a setting: its own key, never an inherited one such as `toString` or `__proto__`. */
const isSetting = (key: string): key is keyof Settings => Object.hasOwn(DEFAULT_SETTINGS, key);

/**
 * The valid settings among stored values, each checked as an import is: storage can be edited by hand or by
 * another device, and a bad colour must not reach a stylesheet.
 */
export function validSettings(raw: unknown): StoredSettings {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
  const kept: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw)) if (isSetting(k) && !checkValue(k, v)) kept[k] = v;
  return kept;
}

/** Full settings from the stored partial form, keeping only valid values. */
export function withDefaults(stored: unknown): Settings {
  return { ...DEFAULT_SETTINGS, ...validSettings(stored) };
}

/** "Not this person" again for the same name on the same site changes nothing. */
export function withHiddenName(list: readonly HiddenName[], h: HiddenName): HiddenName[] {
  const known = list.some((x) => x.site === h.site && x.personId === h.personId && x.form === h.form);
  return known ? [...list] : [...list, h];
}

/** Strips the keys that equal their defaults, so only real changes are stored. */
export function toStored(settings: Settings): StoredSettings {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(DEFAULT_SETTINGS) as Array<keyof Settings>) {
    if (!same(settings[key], DEFAULT_SETTINGS[key])) out[key] = settings[key];
  }
  return out;
}

const ENUMS: Partial<Record<keyof Settings, readonly string[]>> = {
  siteMode: ['except', 'only'],
  highlightStyle: ['soft', 'underline', 'dotted', 'outline'],
  theme: ['auto', 'light', 'dark'],
  openOn: ['hover', 'click'],
  highlightMode: ['auto', 'wrap', 'ranges'],
};

/** Checks one value against the type of its default; returns an error or undefined. */
function checkValue(key: keyof Settings, v: unknown): string | undefined {
  const def = DEFAULT_SETTINGS[key];
  const allowed = Object.hasOwn(ENUMS, key) ? ENUMS[key] : undefined;
  if (allowed) return allowed.includes(v as string) ? undefined : `must be one of ${allowed.join(', ')}`;
  if (key === 'highlightColor') return typeof v === 'string' && /^#[0-9a-f]{6}$/i.test(v) ? undefined : 'must be a colour like #f2c94c';
  if (key === 'hoverDelay') return typeof v === 'number' && v >= 0 && v <= 2000 ? undefined : 'must be a number from 0 to 2000';
  if (key === 'hiddenNames') {
    const ok =
      Array.isArray(v) &&
      v.every(
        (h: Partial<Record<keyof HiddenName, unknown>> | null) =>
          typeof h?.site === 'string' && typeof h.personId === 'string' && typeof h.form === 'string',
      );
    return ok ? undefined : 'must be a list of { site, personId, form }';
  }
  if (Array.isArray(def)) return Array.isArray(v) && v.every((s) => typeof s === 'string') ? undefined : 'must be a list of strings';
  return typeof v === typeof def ? undefined : `expected ${typeof def}, got ${v === null ? 'null' : typeof v}`;
}

/** Validates settings from an import; unknown keys and bad values are errors. */
export function parseSettings(input: unknown): { ok: true; settings: Settings } | { ok: false; errors: string[] } {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return { ok: false, errors: ['(file): expected an object of settings'] };
  const errors: string[] = [];
  for (const [key, v] of Object.entries(input)) {
    // A key that is not a plain name ("", "a b") is shown quoted, so the message still says where.
    if (!isSetting(key)) errors.push(`${/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key)}: unknown setting`);
    else {
      const e = checkValue(key, v);
      if (e) errors.push(`${key}: ${e}`);
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, settings: withDefaults(input) };
}

// Settings that change who is found, so the page must be scanned afresh. The rest
// change looks (restyled in place) or where Dramatis runs (re-checked per page).
const CONTENT_KEYS: Array<keyof Settings> = [
  'useAnchored',
  'recogniseQuotes',
  'highlightMode',
  'disabledPeople',
  'hiddenNames',
  'disabledDatasets',
];

/** Whether moving from `a` to `b` changes who is found on a page. */
export function needsRescan(a: Settings, b: Settings): boolean {
  return CONTENT_KEYS.some((k) => !same(a[k], b[k]));
}
