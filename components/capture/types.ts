/** What the capture panel starts from, and the people it offers. */
import type { CaptureKind, SelectionProblem } from '../../lib/capture-text';
import type { SourceDraft } from '../../lib/page-source';
import type { NameForm } from '../../lib/schema';

/** A person the panel can offer: as a quote's speaker, the subject of a form, or whom a quote is about. */
export interface PersonChoice {
  id: string;
  name: string;
  role: string;
}

/** A new person as the panel edits them. */
export interface PersonDraft {
  name: string;
  role: string;
  affiliation: string;
  names: NameForm[];
  honorifics: string[];
}

/** Everything the panel opens with, worked out by its container from the selection and the page. */
export interface CaptureDraft {
  kind: CaptureKind;
  /** The selection, cleaned; empty when nothing was selected. */
  selection: string;
  problem?: SelectionProblem;
  /** The selection was in a text field (which is left alone). */
  inField: boolean;
  /** Dramatis is off on this site: a save is kept, but this page is not highlighted. */
  siteOff: boolean;
  person: PersonDraft;
  /** Known people the selection may be another name of, likeliest first. */
  formPeople: PersonChoice[];
  quote: { text: string; speakerId?: string; occasion: string; about: string[] };
  /** The people on this page, the likeliest speaker first. */
  onPage: PersonChoice[];
  source: SourceDraft;
}
