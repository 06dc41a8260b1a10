/**
 * The reference the highlighter is measured against: the same matches, found in one go and wrapped all at once
 * with `splitText`, then one forced layout. Used by the quiet benchmark (bench/page.ts) and by the reference
 * extension of the navigation benchmark (bench/reference-extension).
 */
import { collectChunks } from '../dom/collect';
import type { Matcher } from '../lib/matcher';
import { anchorsIn, Nearness, namesakesIn, resolveMentions } from '../lib/mentions';
import { piecesOf } from '../lib/tokens';

/** Wraps every mention under `root` at once; how long finding and wrapping took, and how many. */
export function wrapAllAtOnce(root: HTMLElement, matcher: Matcher): { scanMs: number; wrapMs: number; mentions: number } {
  const t0 = performance.now();
  const chunks = [...collectChunks(root)].map((chunk) => ({ chunk, c: matcher.scan(chunk.segments) }));
  const anchors = new Set<string>();
  const ambiguous = new Set<string>();
  for (const { c } of chunks) for (const id of anchorsIn(c)) anchors.add(id);
  for (const { c } of chunks) for (const f of namesakesIn(c)) ambiguous.add(f);
  const jobs: Array<{ node: Text; start: number; end: number }> = [];
  let mentions = 0;
  const near = new Nearness();
  for (const { chunk, c } of chunks) {
    for (const m of resolveMentions(c, anchors, ambiguous, near)) {
      mentions++;
      for (const p of piecesOf(chunk.segments, m.start, m.end)) jobs.push({ node: chunk.nodes[p.segment]!, start: p.start, end: p.end });
    }
  }
  const scanMs = performance.now() - t0;
  // Right to left within a node, so earlier offsets stay valid.
  const doc = root.ownerDocument;
  for (let i = jobs.length - 1; i >= 0; i--) {
    const j = jobs[i]!;
    const middle = j.node.splitText(j.start);
    middle.splitText(j.end - j.start);
    const el = doc.createElement('dramatis-mark');
    middle.replaceWith(el);
    el.append(middle);
  }
  const wrapMs = performance.now() - t0 - scanMs;
  void root.offsetHeight;
  return { scanMs, wrapMs, mentions };
}
