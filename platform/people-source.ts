/**
 * Where a page's people come from. Usually the active datasets, loaded and compiled in the page. But when
 * imports hold thousands of people, or would cost a page over 50 ms to prepare (see `asksBackground`), so the
 * page asks the background for just the people its words can name, and asks again for words it has not
 * seen as the page changes.
 */
import { browser } from 'wxt/browser';
import { asksBackground } from '../lib/datasets';
import { AskedPeople } from '../lib/asked-people';
import type { Directory } from '../lib/directory';
import type { CompileOptions } from '../lib/matcher';
import type { PeopleNamedMessage } from '../lib/messages';
import type { NamedPeople } from '../lib/people-index';
import type { Settings } from '../lib/settings';
import { askedMatchers, loadedMatchers, type PageMatchers } from '../dom/page-matchers';
import { loadDirectory } from './datasets';
import { getDatasetsSummary } from './storage';

/** A page's people: who is known so far, and how its passes get matchers. */
export interface PeopleSource {
  /** Everyone this page knows of so far (all of them, once loaded). */
  directory(): Directory;
  /** Matchers for one run over the page; `signal` stops its long jobs. */
  matchers(win: Window & typeof globalThis, signal: AbortSignal, opts: CompileOptions): PageMatchers;
}

/**
 * The source the settings and the imports' sizes call for. A subframe always asks: news pages carry a dozen
 * or more small frames (ads, embeds) that name nobody, and loading every dataset in each cost 5–7 ms and
 * 0.4 MB of heap a frame; asking costs one message with the frame's words, and nothing is built until a
 * word can start a name.
 */
export async function loadPeopleSource(settings: Settings, where: { subframe?: boolean } = {}): Promise<PeopleSource> {
  if (where.subframe) return new AskingSource();
  const { sizes, costs } = await getDatasetsSummary();
  if (asksBackground(sizes, settings.disabledDatasets, costs)) return new AskingSource();
  const directory = await loadDirectory(settings);
  return { directory: () => directory, matchers: (win, signal, opts) => loadedMatchers(directory.people, win, signal, opts) };
}

/** Asks the background (see `AskedPeople`). */
class AskingSource implements PeopleSource {
  private readonly asked = new AskedPeople(
    (words) => browser.runtime.sendMessage<PeopleNamedMessage, NamedPeople>({ type: 'dramatis/people-named', words }),
    (message) => console.warn(`Dramatis: ${message}`),
  );

  directory(): Directory {
    return this.asked.directory;
  }

  matchers(_win: Window & typeof globalThis, _signal: AbortSignal, opts: CompileOptions): PageMatchers {
    return askedMatchers(this.asked, opts);
  }
}
