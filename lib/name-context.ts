/**
 * Context rules that decide whether a lone surname-like form really names the
 * person: the word before it, the word after it, and dates. These are facts of
 * English, not lists of people, so they serve any dataset.
 */
import { BLOCK_SEPARATOR, type Token } from './tokens';

/** A set of the white-space-separated words of `s`. */
export const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Titles and honorifics that may stand right before a name. */
export const TITLES = words(`
  mr mrs ms miss mx dr sir dame lord lady president vice minister secretary senator sen rep
  representative congressman congresswoman ambassador governor gov chancellor pm mp mep prime
  king queen prince princess general gen judge justice professor prof rev reverend speaker
  leader chairman chairwoman chair chief envoy diplomat candidate nominee mayor commissioner
  director adviser advisor spokesman spokeswoman lawmaker premier pope saint st captain capt
  colonel col lt sgt officer agent detective inspector baron baroness earl duke duchess former
  ex acting deputy foreign trade home health defence defense uk us british american conservative
  labour tory democrat republican democratic gop incumbent frontrunner opposition presidential`);

/** Capitalised words that begin sentences or headlines but are not given names. */
const NOT_GIVEN_NAMES = words(`
  the a an and but or nor so yet for if as at by in of on to with from into about after before
  since until when while where whether why how what who whom whose which that this these those
  there here then than now today yesterday tomorrow tonight also even only just still however
  meanwhile although though because unless once every each all both some many most more no not
  never did does do has had have was were is are be been will would could should can may might
  must shall said says told asked like unlike per via vs versus according under over against
  between among during without within upon despite new old my our your his her its their i you
  we they he she it read watch photo photos credit image video source updated posted pictured
  opinion analysis breaking live exclusive update team camp dear thank thanks let please
  monday tuesday wednesday thursday friday saturday sunday
  january february march april june july august september october november december`);

/**
 * Capitalised words that describe someone rather than name them: parties and camps, nationalities. Before a
 * surname ("the Brexiteer Johnson", "the Scottish Fraser") they are no evidence of another person.
 */
const DESCRIBERS = words(`
  labour tory tories conservative conservatives liberal lib dem democrat democrats republican republicans
  green greens snp ukip brexiteer brexiter remainer leaver unionist nationalist socialist communist
  populist centrist progressive independent whig eurosceptic europhile
  british english scottish scots welsh irish american french german italian spanish dutch belgian swiss
  austrian swedish danish norwegian finnish polish czech russian ukrainian turkish greek chinese japanese
  korean indian pakistani australian canadian mexican brazilian israeli iranian iraqi syrian saudi egyptian
  african european asian western eastern northern southern`);

/** Word endings of descriptions, not given names: "Brexiteer", "loyalist", "Trumpite", "Washington-based". */
const DESCRIBER_ENDING = /(?:eer|eers|ist|ists|ite|ites|ism|based|born|led|backed|era)$/i;

/** Month names: a name form that is one ("May") needs date checks. */
export const MONTHS = words('january february march april may june july august september october november december');

/** Words that, standing right before a month name, make it a date ("in May", "early May"). */
const DATE_LEAD = words('in since until till early late mid last next this of from through throughout during between end beginning start');

/** Pronouns: "You May Like", "We May" use the verb, never the name. */
const PRONOUNS = words('i you we they he she it who');

/** English modal verbs that are also surnames or given names. */
const MODALS = words('may might will can shall must');

/** True when the gap between two tokens is only white space inside one block. */
export function isSpaceGap(joined: string, from: number, to: number): boolean {
  if (to <= from || to - from > 12) return false;
  for (let i = from; i < to; i++) {
    const c = joined[i]!;
    if (c === BLOCK_SEPARATOR || !/\s/.test(c)) return false;
  }
  return true;
}

const lower = (t: Token | undefined) => t?.text.toLowerCase() ?? '';
const isNumber = (t: Token | undefined) => !!t && /^\p{N}/u.test(t.text);
const isCapitalised = (t: Token) => /^\p{Lu}/u.test(t.text);

/** An initial such as the "J." in "Donald J. Trump". */
export function isInitial(joined: string, t: Token | undefined): boolean {
  return !!t && t.text.length === 1 && /\p{Lu}/u.test(t.text) && joined[t.end] === '.';
}

/**
 * A word that could be someone's given name: capitalised, not a title, a common word or a description (a
 * party, a nationality, "DC-based", "Brexiteer"). Hyphenated given names have capitalised parts
 * ("Jean-Claude"); a lowercase part ("DC-based", "pro-Brexit") makes a modifier.
 */
export function isGivenNameLike(t: Token | undefined): boolean {
  if (!t || !isCapitalised(t) || t.text.length < 2 || /\p{N}/u.test(t.text)) return false;
  if (/['’]s?$/.test(t.text)) return false;
  if (t.text.split(/[-‐]/).some((part) => !/^\p{Lu}/u.test(part))) return false;
  const w = t.text.toLowerCase();
  return !TITLES.has(w) && !NOT_GIVEN_NAMES.has(w) && !DESCRIBERS.has(w) && !DESCRIBER_ENDING.test(w);
}

/** Neighbouring tokens of a match, if joined to it by white space only. */
export interface Neighbours {
  prev?: Token;
  prevPrev?: Token;
  next?: Token;
  /** The next token even across punctuation such as "–" or ",", within the block. */
  nextLoose?: Token;
  /** Up to three tokens after, joined by white space. */
  after?: Token[];
}

/** A year: "In 2002 May became…" has the person after it, where "9 May" has the month. */
const isYear = (t: Token | undefined) => !!t && /^(1[0-9]|20)\d\d$/.test(t.text);

/** Rejects a month-named form used as a date: "9 May", "May 2019", "early May", "May–June" (but not "In 2002 May became"). */
export function looksLikeDate(n: Neighbours): boolean {
  if (isNumber(n.nextLoose)) return true;
  if (isNumber(n.prev)) return !(isYear(n.prev) && !!n.next && /^\p{Ll}/u.test(n.next.text));
  const p = lower(n.prev);
  if (DATE_LEAD.has(p) || MONTHS.has(p)) return true;
  if ((p === 'to' || p === 'and' || p === 'or') && MONTHS.has(lower(n.prevPrev))) return true;
  return MONTHS.has(lower(n.nextLoose));
}

/** Rejects a modal-verb form right after a pronoun: "You May Like" (but "you Trump supporters" stays). */
export function followsPronoun(n: Neighbours, form: string): boolean {
  return MODALS.has(form.toLowerCase()) && PRONOUNS.has(lower(n.prev));
}

/** A count right before a capitalised word makes it a noun: "21 Trump cards". Years are not counts. */
export function followsCount(n: Neighbours): boolean {
  return !!n.prev && /^\p{N}+$/u.test(n.prev.text) && !/^(1[0-9]|20)\d\d$/.test(n.prev.text);
}

/** "Hunt for the Wilderpeople", "May of the Year": a title, not a person. */
export function beginsTitle(n: Neighbours & { after?: Token[] }): boolean {
  const [a, b, c] = n.after ?? [];
  if (!a || !/^(?:for|of)$/.test(a.text)) return false;
  const next = b && /^(?:the|a|an)$/.test(b.text) ? c : b;
  return !!next && isCapitalised(next);
}

// Words that start the clause after a verb or subjunctive: "May the people live", "Hunt the killer".
const CLAUSE_STARTS = words('the a an you we they he she it i this that these those our your his her their its god');

/** A lowercase determiner or pronoun follows: the form is a verb here, not a name. */
export function beginsClause(n: Neighbours): boolean {
  return !!n.next && CLAUSE_STARTS.has(n.next.text) && n.next.text === n.next.text.toLowerCase();
}

/** Post-nominal letters ("KCMG", "MP", "QC") follow a name; they do not make it part of another one. */
const isPostNominal = (t: Token) => /^\p{Lu}{2,5}$/u.test(t.text);

/** True when a capitalised non-title word follows: "Fox News", "McDonald Islands" (not "McDonald KCMG"). */
export function beginsCompoundName(n: Neighbours): boolean {
  return !!n.next && isCapitalised(n.next) && !isPostNominal(n.next) && !NOT_GIVEN_NAMES.has(lower(n.next)) && !TITLES.has(lower(n.next));
}
