/**
 * Translation for presentational components: a context carrying `t`, provided by
 * whoever mounts them (containers use browser.i18n, tests use the catalogue).
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type en from '../public/_locales/en/messages.json';

/** Every message key, checked at compile time against the English catalogue. */
export type MessageKey = keyof typeof en;

/** Looks up a message and fills in its substitutions. */
export type Translate = (key: MessageKey, ...subs: Array<string | number>) => string;

/** The current translator; the default shows keys, which tests would catch. */
export const I18n = createContext<Translate>((key) => key);

/** The translator for this component tree. */
export const useT = (): Translate => useContext(I18n);
