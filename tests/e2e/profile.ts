/**
 * Our own JavaScript's time in a renderer, from a CPU profile: every sample with one of the extension's
 * scripts on its stack. DevTools' `ScriptDuration` counter counts the page's script too, and misses code run
 * in a promise's callback after an extension API answers, which is much of what a content script does.
 */
import type { CDPSession } from 'playwright-core';

export interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { url: string }; children?: number[] }>;
  samples?: number[];
  timeDeltas?: number[];
}

/** The time of a profile's samples that have an extension's script anywhere on their stack, in ms. */
export function extensionJsMs(profile: CpuProfile): number {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const url = new Map(profile.nodes.map((n) => [n.id, n.callFrame.url]));
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    let known = ours.get(id);
    if (known === undefined) {
      const up = parent.get(id);
      known = /^(chrome|moz)-extension:\/\//.test(url.get(id) ?? '') || (up !== undefined && isOurs(up));
      ours.set(id, known);
    }
    return known;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let us = 0;
  // A sample's time is the gap to the next one.
  for (let i = 0; i < samples.length; i++) if (isOurs(samples[i]!)) us += deltas[i + 1] ?? 0;
  return us / 1000;
}

/** Starts profiling a page's renderer (50 µs samples); the returned function stops and gives our time in ms. */
export async function profileOurJs(cdp: CDPSession): Promise<() => Promise<number>> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  return async () => extensionJsMs((await cdp.send('Profiler.stop')).profile);
}
