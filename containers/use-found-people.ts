/**
 * The popup's people, asked of the background, which holds the active datasets indexed: the hits for the
 * query (with none, the first of everyone) and whole cards for the people on the page. The popup never
 * loads the datasets itself, so it opens as fast with a 40,000-person import as with none.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Directory } from '../lib/directory';
import { FIND_LIMITS, type FindPeopleMessage } from '../lib/messages';
import { directoryOf, type FoundPeople } from '../lib/people-index';
import type { SearchHit } from '../lib/people-search';

/** How many hits, or people of everyone, the popup shows. */
export const POPUP_HITS = 50;

/** What the popup knows: the page's people (and who is quoted about them), the hits, and everyone's count. */
export interface Found {
  directory: Directory;
  hits: SearchHit[];
  total: number;
}

/**
 * Asks again whenever the query or the page's people change; a slower, older answer never wins. Returns the
 * latest answer, and why the latest question failed if it did.
 */
export function useFoundPeople(query: string, ids: readonly string[] | undefined): [Found | undefined, string | undefined] {
  const [found, setFound] = useState<Found>();
  const [error, setError] = useState<string>();
  const key = ids?.join('\n');
  useEffect(() => {
    if (ids === undefined) return undefined;
    let current = true;
    const message: FindPeopleMessage = {
      type: 'dramatis/find-people',
      query: query.slice(0, FIND_LIMITS.query),
      ids: ids.slice(0, FIND_LIMITS.ids),
      limit: POPUP_HITS,
    };
    browser.runtime.sendMessage<FindPeopleMessage, FoundPeople>(message).then(
      (r) => {
        if (!current) return;
        setFound({ directory: directoryOf(r), hits: r.hits, total: r.total });
        setError(undefined);
      },
      (e: Error) => current && setError(e.message),
    );
    return () => void (current = false);
    // `key` stands for `ids`: a new array with the same people asks nothing new.
  }, [query, key]);
  return [found, error];
}
