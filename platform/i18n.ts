/** The browser's translator for the extension's own UI. */
import { browser } from 'wxt/browser';
import type { Translate } from '../components/i18n';

// WXT types getMessage per key and arity; our keys are checked by `Translate` already.
const getMessage = browser.i18n.getMessage as (key: string, subs?: string[]) => string;

/** Looks a message up in the browser's locale (English when missing). */
export const t: Translate = (key, ...subs) => getMessage(key, subs.map(String)) || key;

/** The interface language's writing direction (the browser's predefined `@@bidi_dir` message). */
export const uiDir = (): 'ltr' | 'rtl' => (getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr');
