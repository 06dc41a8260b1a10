/** The English catalogue as a translator, for rendering components in tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Translate } from '../../components/i18n';
import { type Catalogue, translator } from '../../lib/i18n';

/** Reads a locale's messages.json. */
export const catalogue = (locale: string): Catalogue =>
  JSON.parse(readFileSync(join(import.meta.dirname, `../../public/_locales/${locale}/messages.json`), 'utf8')) as Catalogue;

/** English, as the browser would render it. */
export const tEn = translator(catalogue('en')) as Translate;
