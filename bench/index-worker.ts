/**
 * The benchmark's stand-in for the background: a worker, so the people index lives in another thread and
 * heap as it does in the extension, and questions and answers are copied across as messages are.
 */
import { buildDirectory } from '../lib/directory';
import { PeopleIndex } from '../lib/people-index';
import type { Dataset } from '../lib/schema';

let index: PeopleIndex | undefined;
self.onmessage = async (e: MessageEvent<{ id: number; url?: string; words?: string[] }>) => {
  const { id, url, words } = e.data;
  if (url) {
    const dataset = (await (await fetch(url)).json()) as Dataset;
    const t0 = performance.now();
    index = new PeopleIndex(buildDirectory([dataset]));
    self.postMessage({ id, buildMs: performance.now() - t0 });
  } else self.postMessage({ id, answer: index!.named(words ?? []) });
};
