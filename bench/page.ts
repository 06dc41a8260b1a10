/**
 * The in-page half of the benchmark, bundled into an IIFE and injected into
 * each page: it runs the extension's own matcher and highlighter, the floor,
 * a bare hand-rolled wrap and the naive mark.js call, and reports timings.
 */
import Mark from 'mark.js';
import { collectChunks } from '../dom/collect';
import { wrapAllAtOnce } from './bare-wrap';
import { Highlighter } from '../dom/highlighter';
import { askedMatchers, loadedMatchers, type PageMatchers } from '../dom/page-matchers';
import { PageQuotes } from '../dom/page-quotes';
import { highlightCss, highlightInline, installPageStyle } from '../dom/page-style';
import { buildDirectory } from '../lib/directory';
import { jobSlicer } from '../dom/slices';
import { type AskPeople, AskedPeople } from '../lib/asked-people';
import { POSSESSIVE } from '../lib/match-words';
import { compileMatcher, compileMatcherInSlices, type Matcher } from '../lib/matcher';
import type { NamedPeople } from '../lib/people-index';
import type { Dataset } from '../lib/schema';
import { DEFAULT_SETTINGS } from '../lib/settings';
import { measureRanges } from './ranges';

const longTasks: PerformanceEntry[] = [];
new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });

const load = async (url: string): Promise<Dataset> => (await fetch(url)).json();
const now = () => performance.now();

/**
 * The build on its own: the matcher in slices, as the content script does; or, for a dataset pages ask the
 * background about, the background's index (built once per change of datasets). Then the floor.
 */
async function floor(url: string, asked: boolean) {
  let buildMs: number;
  let matcher: Matcher;
  if (asked) {
    const bg = await background(url);
    buildMs = bg.buildMs;
    matcher = await askedMatcher(bg.ask);
  } else {
    const { people } = await load(url);
    const b0 = now();
    matcher = await compileMatcherInSlices(people, jobSlicer(window));
    buildMs = now() - b0;
  }
  // Walk and match with no DOM changes: the floor any highlighter pays.
  const t0 = now();
  let candidates = 0;
  for (const chunk of collectChunks(document.body)) candidates += matcher.scan(chunk.segments).length;
  return { buildMs, floorMs: now() - t0, candidates };
}

/** The background's stand-in (bench/index-worker.ts), its index built from the dataset at `url`. */
async function background(url: string) {
  const worker = new Worker('/worker.js');
  let next = 0;
  const call = <T>(message: object) =>
    new Promise<T>((resolve) => {
      const id = ++next;
      worker.addEventListener('message', function on(e: MessageEvent<T & { id: number }>) {
        if (e.data.id !== id) return;
        worker.removeEventListener('message', on);
        resolve(e.data);
      });
      worker.postMessage({ id, ...message });
    });
  const { buildMs } = await call<{ buildMs: number }>({ url });
  return { buildMs, ask: async (words: string[]) => (await call<{ answer: NamedPeople }>({ words })).answer };
}

// Words as the reader has them (letters, marks and digits, inner apostrophes and hyphens), but not written as
// lib/tokens.ts writes them: V8 shares compiled regular expressions by their source, so running the reader's
// own over the page before the clock could warm it up for the references (no difference was measured).
const WORD = /(?:[\p{L}\p{M}\p{N}])+(?:['’\-‐](?:[\p{L}\p{M}\p{N}])+)*/gu;

/**
 * For a dataset held by the background, the floor and the bare wrap run the matcher the page runs with: the
 * people the page's words can name, asked of the background, which the page holds instead of the whole
 * dataset. The words are read with the browser's own walker and a regex of our own rather than the extension's
 * reader, so the references' clocks start with that code as cold as the highlighter's does. Reading each text
 * node apart splits words at element boundaries as the reader does, and hidden text only adds words; and the
 * benchmark checks that the bare wrap finds as many mentions as the highlighter.
 */
async function askedMatcher(ask: AskPeople): Promise<Matcher> {
  const words = new Set<string>();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode())
    for (const [w] of (n as Text).data.matchAll(WORD)) {
      const lower = w.toLowerCase();
      words.add(lower);
      words.add(lower.replace(POSSESSIVE, ''));
    }
  return new AskedPeople(ask).matcherFor(words, {});
}

/**
 * The matchers the content script would run with: for the bundled and 1,000-person datasets, built in the
 * page; past 2,000 people, asked of the background, whose index is built before the clock starts, as the
 * background's is built once per change of datasets, and which the page never loads.
 */
async function matchersFor(url: string, asked: boolean): Promise<PageMatchers> {
  if (!asked) return loadedMatchers((await load(url)).people, window, undefined, {});
  return askedMatchers(new AskedPeople((await background(url)).ask), {});
}

/** The extension's highlighter: on-screen first (while the build runs), full pass, 200 appended paragraphs, undo. */
async function highlight(url: string, asked: boolean, appended: string[], quotes = false) {
  const matchers = await matchersFor(url, asked);
  // Quote recognition (issue 20), as the page controller runs it: from the chunks the pass reads.
  let pageQuotes: PageQuotes | undefined;
  if (quotes) {
    const directory = buildDirectory([await load(url)]);
    pageQuotes = new PageQuotes({
      doc: document,
      signal: new AbortController().signal,
      directory: () => directory,
      enabled: () => true,
      hoverDelay: () => 300,
      theme: () => 'light',
      group: () => undefined,
      card: () => {
        throw new Error('no card in the benchmark');
      },
      isName: () => false,
      beforeFirstMark: () => undefined,
      openPerson: () => undefined,
    });
  }
  // Let the set-up's garbage go before the clock starts.
  await new Promise((r) => setTimeout(r, 100));
  longTasks.length = 0;
  const t0 = now();
  const passes: Array<{ busyMs: number; layoutMs: number; longestMs: number; full: boolean; at: number }> = [];
  // The highlights' own stylesheet, as the page controller installs it.
  const style = installPageStyle(document, highlightCss(DEFAULT_SETTINGS));
  const h = new Highlighter({
    root: document.body,
    win: window,
    ...matchers,
    describe: (id) => id,
    onChunk: pageQuotes ? (chunk, joined, starts, candidates) => pageQuotes.onChunk(chunk, joined, starts, candidates) : undefined,
    // Each highlight's own inline look, as the page controller sets it.
    styleOf: (group) => highlightInline(DEFAULT_SETTINGS, group),
    onPass: (p) => passes.push({ ...p, at: now() - t0 }),
  });
  await h.ready;
  void document.body.offsetHeight;
  const fullMs = now() - t0;
  const layoutMs = passes.reduce((n, p) => n + p.layoutMs, 0);
  const scriptMs = passes.reduce((n, p) => n + p.busyMs, 0) - layoutMs;
  const firstMs = passes[0]?.at ?? fullMs;
  const count = h.count;
  const quoteCount = pageQuotes?.tally().reduce((n, r) => n + r.count, 0) ?? 0;
  pageQuotes?.stop();
  const longestSlice = Math.max(...passes.map((p) => p.longestMs));
  await new Promise((r) => setTimeout(r, 50));
  // Long tasks that began after we started, so the page's own load is not counted.
  const longestTask = Math.max(0, ...longTasks.filter((e) => e.startTime >= t0).map((e) => e.duration));
  passes.length = 0;
  const article = document.querySelector('article') ?? document.body;
  for (const text of appended) article.append(Object.assign(document.createElement('p'), { textContent: text }));
  const deadline = now() + 5000;
  while (!passes.length && now() < deadline) await new Promise((r) => setTimeout(r, 20));
  const appendMs = passes.reduce((n, p) => n + p.busyMs, 0);
  // Undo runs in slices too, each laying out what it restored: its work is the sum of them. What it leaves for
  // the frames after it to lay out counts as its long tasks too; a frame requested every vsync, as on a page
  // that animates, makes those frames come when they would on screen.
  let watching = true;
  const frame = () => watching && requestAnimationFrame(frame);
  frame();
  const u0 = now();
  // As the page controller stops: the highlights' stylesheet goes once they are all undone.
  const undone = await h.stop();
  style.remove();
  await new Promise((r) => setTimeout(r, 300));
  watching = false;
  const undoTask = Math.max(0, ...longTasks.filter((e) => e.startTime >= u0).map((e) => e.duration));
  if (quotes) return { quotesFullMs: fullMs, quotesScriptMs: scriptMs, quotesLongestTask: longestTask, quoteCount };
  return {
    undoTask,
    scriptMs,
    layoutMs,
    fullMs,
    firstMs,
    count,
    longestSlice,
    longestTask,
    appendMs,
    undoMs: undone.busyMs - undone.layoutMs,
    undoLayoutMs: undone.layoutMs,
    undoSliceMs: undone.longestMs,
  };
}

/** The same matches wrapped all at once by hand with splitText, then a forced layout. */
async function bareWrap(url: string, asked: boolean) {
  const matcher = asked ? await askedMatcher((await background(url)).ask) : compileMatcher((await load(url)).people);
  // As before the highlighter's clock: the set-up's garbage goes first.
  await new Promise((r) => setTimeout(r, 100));
  const t0 = now();
  const r = wrapAllAtOnce(document.body, matcher);
  return { bareMs: now() - t0, bareScanMs: r.scanMs, bareWrapMs: r.wrapMs, bareCount: r.mentions };
}

/** What simple keyword highlighters do: mark.js's mark() with every name. */
async function naive(url: string) {
  const names = [...new Set((await load(url)).people.flatMap((p) => p.names.map((n) => n.text)))];
  const t0 = now();
  let count = 0;
  new Mark(document.body).mark(names, {
    separateWordSearch: false,
    caseSensitive: true,
    accuracy: 'exactly',
    done: (n: number) => (count = n),
  });
  void document.body.offsetHeight;
  return { naiveMs: now() - t0, naiveCount: count };
}

/** Every name drawn with a range, the page not changed (issue 23): see bench/ranges.ts. */
async function ranges(url: string, asked: boolean) {
  return measureRanges(await matchersFor(url, asked), longTasks);
}

(window as unknown as { __bench: object }).__bench = { floor, highlight, bareWrap, naive, ranges };
