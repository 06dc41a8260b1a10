/**
 * What a dataset costs a page to prepare (validate, index, compile), before it
 * reads a word. Big imports are held in the background and pages ask it for
 * the people they name; what counts is this cost, not the people count: a
 * two-person file with 100,000 `about` references took 9 s in every frame.
 *
 * Per unit, measured warm in Node 20 on the development machine (parse,
 * validate, build the directory, compile the matcher, 5 runs): a person 3 µs,
 * a name form 0.8 µs, a quote 2 µs, an `about` reference 2.5 µs. A page runs
 * this code cold, about three times slower, so the weights below are three
 * times those.
 */
import type { Dataset } from './schema';

const US = { person: 9, name: 2.4, quote: 6, about: 7.5 };

/** Past this, in ms, a page would pay too much: the imports go to the background. */
export const ASK_ABOVE_MS = 50;

/** The estimated milliseconds a page spends preparing `d`. */
export function prepareMs(d: Dataset): number {
  let us = 0;
  for (const p of d.people) {
    us += US.person + p.names.length * US.name;
    for (const q of p.quotes) us += US.quote + q.about.length * US.about;
  }
  return Math.round(us) / 1000;
}
