/**
 * A role for a new person, suggested from the words around their name on the page (issue 17). News pages
 * give a person's role in one of three places: as a title before the name ("Foreign Secretary Jeremy Hunt",
 * "the former prime minister Theresa May"), or in an apposition after or before it ("Jeremy Hunt, the Foreign
 * Secretary, said"; "Britain's ambassador to Washington, Sir Kim Darroch, …"). A phrase counts only if it
 * holds a word roles are made of, so "Yesterday Jeremy Hunt" suggests nothing. The reader can always edit it.
 */
import { words } from './name-context';

/** The head words of roles. */
const ROLE_WORDS = words(`
  minister secretary president chancellor ambassador envoy senator congressman congresswoman representative
  governor mayor leader chairman chairwoman chair chief director editor spokesman spokeswoman spokesperson
  adviser advisor mp mep premier king queen prince princess general judge justice professor commissioner
  officer correspondent founder ceo executive head diplomat candidate nominee attorney speaker lawmaker
  member presenter author analyst economist manager coach captain pope bishop archbishop whip deputy
  secretary-general prosecutor commander negotiator councillor counsellor counselor chancellor`);

/** Lower-case words a title run may hold besides role words: "the former prime minister". */
const MODIFIERS = words(`former acting deputy shadow prime foreign home trade health vice junior senior interim
  outgoing incoming then ex chief general international defence defense finance justice education`);
/** Words that join a title's parts: "Secretary of State for Health". */
const JOINERS = words('of for to and on');

const hasRoleWord = (ws: readonly string[]) => ws.some((w) => ROLE_WORDS.has(w.toLowerCase().replace(/[’']s$/u, '')));
const tidy = (ws: string[]) => {
  while (ws.length && (JOINERS.has(ws[0]!.toLowerCase()) || /^(the|a|an)$/iu.test(ws[0]!))) ws.shift();
  while (ws.length && JOINERS.has(ws.at(-1)!.toLowerCase())) ws.pop();
  return ws;
};
const split = (s: string) => s.split(/\s+/u).filter(Boolean);

/** The title run right before the name, if it names a role. */
function titleBefore(before: string): string | undefined {
  const ws = split(before.split(/[.!?;:"“”(),—–]/u).at(-1) ?? '');
  const run: string[] = [];
  for (let i = ws.length - 1; i >= 0 && run.length < 8; i--) {
    const w = ws[i]!;
    const lower = w.toLowerCase();
    const fits = /^\p{Lu}/u.test(w) ? !/^(the|a|an)$/iu.test(w) : ROLE_WORDS.has(lower) || MODIFIERS.has(lower) || JOINERS.has(lower);
    if (!fits) break;
    run.unshift(w);
  }
  const role = tidy(run);
  return hasRoleWord(role) ? role.join(' ') : undefined;
}

/** A phrase set off by commas (at most 12 words), if it names a role. */
function apposition(phrase: string): string | undefined {
  const ws = tidy(split(phrase.replace(/^who\s+is\s+/iu, '')));
  return ws.length && ws.length <= 12 && hasRoleWord(ws) ? ws.join(' ') : undefined;
}

/**
 * The role the page gives the person named between `before` and `after` (the text of the same block on
 * either side), or undefined.
 */
export function suggestRole(before: string, after: string): string | undefined {
  const title = titleBefore(before);
  if (title) return title;
  const next = /^\s*,\s*([^,.;:!?()—–]+)/u.exec(after);
  const fromAfter = next && apposition(next[1]!);
  if (fromAfter) return fromAfter;
  const prev = /(?:^|[,.;:!?()—–])\s*([^,.;:!?()—–]+),\s*$/u.exec(before);
  return (prev && apposition(prev[1]!)) || undefined;
}
