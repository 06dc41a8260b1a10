/** "1 person", "2 people": the one count the interface says in words. */
import type { Translate } from './i18n';

export const peopleCount = (t: Translate, n: number): string => (n === 1 ? t('peopleOne') : t('peopleCount', n));
