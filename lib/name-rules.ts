/**
 * Names that cannot be meant. A form of one letter, with no letter at all, or that is one of a language's most
 * common words ("I", "The", "Les") would be highlighted everywhere: 457 times on a 2,000-word page for "I",
 * "A" and "The". A common word may still be an `anchored` form (the bundled "May"), which only matches where
 * the full name is on the page.
 */
import type { NameForm } from './schema';

/** The commonest function words of the interface's languages, English and French, lower-cased. */
const STOP_WORDS = new Set(
  (
    'a an and are as at be but by for from had has have he her his i if in is it its me my no not of on or our she so that the ' +
    'their them they this to us was we were what when which who will with you your ' +
    'au aux ce ces dans de des du elle en est et il ils je la le les leur mais ne nous on ou par pas pour qui que sa se ses son sur ' +
    'un une vous'
  ).split(' '),
);

/** What is wrong with a name form, or undefined. */
export function nameFormProblem(form: NameForm): string | undefined {
  const text = form.text.trim();
  if (!/\p{L}/u.test(text)) return 'must contain a letter';
  if ([...text].length < 2) return 'must be more than one character: a single letter would match almost anywhere';
  if (form.match === 'always' && STOP_WORDS.has(text.toLowerCase()))
    return `"${text}" is a common word and would match almost anywhere; make it "anchored" or use a fuller name`;
  return undefined;
}
