/**
 * The reference extension's content script (npm run bench:load builds it with esbuild): what a simple
 * highlighter does at `document_idle` — compile the bundled people's names, find every mention, and wrap them
 * all at once with `splitText`, then one forced layout — with Dramatis's own matcher, so both find the same.
 */
import people from '../../data/people.json';
import { withDerivedForms } from '../../lib/honorifics';
import { compileMatcher } from '../../lib/matcher';
import type { Person } from '../../lib/schema';
import { wrapAllAtOnce } from '../bare-wrap';

wrapAllAtOnce(document.body, compileMatcher((people.people as unknown as Person[]).map(withDerivedForms)));
