/**
 * A capture as a message carries it (`dramatis/save-capture`), checked on receipt: every field of the right
 * type and size. What a field may say is the dataset schema's to decide, once the capture is applied.
 */
import type { CaptureChange, NewPerson } from './notes';
import type { SourceDraft } from './page-source';
import type { NameForm } from './schema';

const MAX_FIELD = 5000;
const isText = (x: unknown, max = 500): x is string => typeof x === 'string' && x.length <= max;
/** Whether a payload is a name form: text of at most 200 characters, and how it matches. */
export const isNameForm = (f: unknown): f is NameForm =>
  !!f && typeof f === 'object' && isText((f as NameForm).text, 200) && ['always', 'anchored'].includes((f as NameForm).match);
const isSource = (s: unknown): s is SourceDraft => {
  const x = s as Partial<Record<keyof SourceDraft, unknown>> | null;
  return !!x && isText(x.url, 2000) && isText(x.title) && isText(x.publisher) && (x.published === undefined || isText(x.published, 40));
};

/** Whether a message's payload is a capture, every field of the right type and size (the schema checks the rest). */
export function isCaptureChange(c: unknown): c is CaptureChange {
  const x = c as Record<string, unknown> | null;
  if (!x || typeof x !== 'object') return false;
  if (x.kind === 'person') {
    const p = x.person as Partial<Record<keyof NewPerson, unknown>> | null;
    return (
      !!p &&
      isText(p.name) &&
      isText(p.role) &&
      (p.affiliation === undefined || isText(p.affiliation)) &&
      Array.isArray(p.names) &&
      p.names.length <= 50 &&
      p.names.every(isNameForm) &&
      (p.honorifics === undefined ||
        (Array.isArray(p.honorifics) && p.honorifics.length <= 10 && p.honorifics.every((h) => isText(h, 100)))) &&
      isSource(x.source) &&
      (x.namesake === undefined || typeof x.namesake === 'boolean')
    );
  }
  if (!isText(x.personId, 200)) return false;
  if (x.kind === 'form') return isNameForm(x.form);
  const sel = x.selector as Record<string, unknown> | undefined;
  return (
    x.kind === 'quote' &&
    isText(x.text, MAX_FIELD) &&
    isText(x.occasion) &&
    Array.isArray(x.about) &&
    x.about.length <= 100 &&
    x.about.every((a) => isText(a, 200)) &&
    (sel === undefined ||
      (!!sel &&
        isText(sel.exact, MAX_FIELD) &&
        (sel.prefix === undefined || isText(sel.prefix, 200)) &&
        (sel.suffix === undefined || isText(sel.suffix, 200)))) &&
    isSource(x.source)
  );
}
