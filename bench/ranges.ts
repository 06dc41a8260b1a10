/**
 * The benchmark's run of drawing with ranges (issue 23): every name on the page a range in a named highlight, the
 * DOM left as it is. It times the pass to the frame that paints the ranges, any layout it forced, the longest
 * task, what finding the name under the pointer costs per move (against testing every range's boxes), what the
 * page's own edits cost with our ranges on it (against before we drew any), and undo.
 */
import { Highlighter } from '../dom/highlighter';
import type { PageMatchers } from '../dom/page-matchers';
import { liveRange } from '../dom/name-ranges';
import { installPageStyle, nameRangeCss, type PageStyle } from '../dom/page-style';
import { DEFAULT_SETTINGS } from '../lib/settings';

const now = () => performance.now();
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Points over the viewport, a grid of `cols` × `rows`, where a pointer could be. */
function grid(cols: number, rows: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < cols; i++)
    for (let j = 0; j < rows; j++) out.push([((i + 0.5) * innerWidth) / cols, ((j + 0.5) * innerHeight) / rows]);
  return out;
}

/** The first `n` text nodes under `root` that hold more than white space. */
function textNodes(root: Node, n: number): Text[] {
  const out: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode() as Text | null; t && out.length < n; t = walker.nextNode() as Text | null) if (t.data.trim()) out.push(t);
  return out;
}

/**
 * The page's own edits: each text node gains a character and loses it again. The browser adjusts every live
 * range of the document at each such change, wherever the range is.
 */
function pageEdits(nodes: Text[]): number {
  const e0 = now();
  for (const t of nodes) {
    t.appendData('!');
    t.deleteData(t.length - 1, 1);
  }
  return now() - e0;
}

/** Draws every name with a range and measures it; `longTasks` is the page's long-task record. */
export async function measureRanges(matchers: PageMatchers, longTasks: PerformanceEntry[]) {
  await pause(100);
  // The page's own edits with nothing of ours on it, to set against the same once every name is drawn.
  const edited = textNodes(document.body, 2000);
  const bareEditsMs = pageEdits(edited);
  await pause(100);
  longTasks.length = 0;
  const passes: Array<{ busyMs: number; layoutMs: number }> = [];
  let style: PageStyle | undefined;
  const t0 = now();
  const h = new Highlighter({
    root: document.body,
    win: window,
    ...matchers,
    describe: (id) => id,
    mode: 'ranges',
    // As the page controller does: the ranges' stylesheet goes in with the first, reaching where it is drawn
    // (here the whole page).
    onRangeScope: (scope) => {
      style?.remove();
      style = installPageStyle(document, nameRangeCss(DEFAULT_SETTINGS, scope));
    },
    onPass: (p) => passes.push(p),
  });
  await h.ready;
  // Fully highlighted: the frame that paints the ranges has run.
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const fullMs = now() - t0;
  const layoutMs = passes.reduce((n, p) => n + p.layoutMs, 0);
  const scriptMs = passes.reduce((n, p) => n + p.busyMs, 0) - layoutMs;
  await pause(50);
  const longestTask = Math.max(0, ...longTasks.filter((e) => e.startTime >= t0).map((e) => e.duration));
  const count = h.count;
  // The name under the pointer, at 1,000 points over the screen: the index, then every range's boxes.
  const points = grid(40, 25);
  let hits = 0;
  const h0 = now();
  for (const [x, y] of points) if (h.rangedAt(x, y)) hits++;
  const hoverUs = ((now() - h0) * 1000) / points.length;
  const editsMs = pageEdits(edited);
  await pause(300);
  const ranges = h.live.flatMap((m) => (m.range ? [liveRange(document, m.range)!] : []));
  const few = points.filter((_, i) => i % 100 === 0);
  const n0 = now();
  for (const [x, y] of few)
    ranges.some((r) => [...r.getClientRects()].some((b) => x >= b.left && x <= b.right && y >= b.top && y <= b.bottom));
  const naiveHoverUs = ((now() - n0) * 1000) / few.length;
  const u0 = now();
  const undone = await h.stop();
  style?.remove();
  await pause(300);
  const undoTask = Math.max(0, ...longTasks.filter((e) => e.startTime >= u0).map((e) => e.duration));

  return {
    rangesFullMs: fullMs,
    rangesScriptMs: scriptMs,
    rangesLayoutMs: layoutMs,
    rangesLongestTask: longestTask,
    rangesCount: count,
    rangesHits: hits,
    rangesHoverUs: hoverUs,
    rangesNaiveHoverUs: naiveHoverUs,
    rangesUndoMs: undone.busyMs,
    rangesUndoTask: undoTask,
    rangesEdits: edited.length,
    rangesEditsMs: editsMs,
    rangesBareEditsMs: bareEditsMs,
  };
}
