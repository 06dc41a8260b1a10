/**
 * What the capture panel opens with (issue 17), worked out from the selection and the page: what the selection
 * is, the new person's forms and role, who may be meant, the likeliest speaker, the source, and where the
 * quote is on the page.
 */
import type { CaptureDraft, PersonChoice } from '../components/capture/types';
import {
  cleanSelection,
  guessKind,
  isFormOf,
  quoteSpan,
  quoteText,
  selectionProblem,
  splitTitles,
  suggestForms,
} from '../lib/capture-text';
import { sourceFromMeta } from '../lib/page-source';
import { suggestRole } from '../lib/role-suggestion';
import type { Person } from '../lib/schema';
import { quoteSelector, type TextQuoteSelector } from '../lib/text-quote';
import { readPageMeta } from './page-meta';
import type { ReadSelection } from './selection';

/** A person as the panel offers them: who, and their role; nothing else of the entry goes to the panel. */
export const choiceOf = (p: PersonChoice): PersonChoice => ({ id: p.id, name: p.name, role: p.role });

/** Where the quote (the selection less its quotation marks) is in its block. */
function selectorOf(sel: ReadSelection, text: string): TextQuoteSelector | undefined {
  if (sel.field || !text) return undefined;
  // Over the block's own text, in which the offsets are (the selection's text is as rendered, spaces collapsed).
  const [from, to] = quoteSpan(sel.blockText.slice(sel.start, sel.end));
  const s = quoteSelector(sel.blockText, sel.start + from, sel.start + to);
  // Only a selector that finds exactly the quote: otherwise the quote's own text is the best guide.
  return s.exact.startsWith(text.replace(/[.,;:!?…]+$/u, '').slice(0, 40)) ? s : undefined;
}

/** What the draft needs from around it. */
export interface DraftSources {
  /** Known people whose names start with one of these words. */
  known(words: string[]): Promise<Person[]>;
  /** The people highlighted on this page, and the one named nearest before `range`. */
  onPage(range?: Range): { people: PersonChoice[]; nearest?: string };
  siteOn: boolean;
  url: string;
}

/** The draft for a selection (or none), where the quote is, and the known people it may name. */
export async function draftOf(
  doc: Document,
  sel: ReadSelection | undefined,
  o: DraftSources,
): Promise<{ draft: CaptureDraft; selector?: TextQuoteSelector; known: Person[] }> {
  const text = cleanSelection(sel?.text ?? '');
  const words = text.toLowerCase().split(' ').filter(Boolean).slice(0, 20);
  const known = text ? await o.known(words).catch(() => []) : [];
  const namesOf = known.map((p) => [p.name, ...p.names.map((n) => n.text)]);
  const { name, honorifics } = splitTitles(text);
  const page = o.onPage(sel?.range);
  // With nothing selected the panel says to select a name or a quote, as the quote field's check does.
  const kind = text ? guessKind(text, namesOf) : 'quote';
  const quote = quoteText(text);
  const draft: CaptureDraft = {
    kind,
    selection: text,
    problem: selectionProblem(kind === 'quote' ? quote : text, kind),
    inField: !!sel?.field,
    siteOff: !o.siteOn,
    person: {
      name,
      role: (sel && suggestRole(sel.blockText.slice(0, sel.start), sel.blockText.slice(sel.end))) ?? '',
      affiliation: '',
      names: suggestForms(name),
      honorifics,
    },
    formPeople: known.filter((_, i) => isFormOf(text, namesOf[i]!)).map(choiceOf),
    quote: { text: quote, speakerId: page.nearest, occasion: '', about: [] },
    onPage: page.people,
    source: sourceFromMeta(readPageMeta(doc, o.url)),
  };
  return { draft, selector: sel && selectorOf(sel, quote), known };
}
