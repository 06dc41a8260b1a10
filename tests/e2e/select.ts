/** What the capture tests do as a reader would: select text on a page, and choose the context menu's entry. */
import type { Page, Worker } from 'playwright-core';
import type { PageLike } from './drivers';

/**
 * The context menu's "Add to Dramatis" in a tab's frame, through the menu's own handler in the background
 * (the end-to-end build exposes it: a script cannot click a browser menu).
 */
export async function menuClick(worker: Worker, tabId: number, frameId = 0): Promise<void> {
  await worker.evaluate(
    ([id, frame]) => (globalThis as any).dramatisMenuClick({ menuItemId: 'dramatis-capture', frameId: frame }, { id }),
    [tabId, frameId] as const,
  );
}

/** Selects `text` inside the element `selector`, across the text nodes (and highlights) it spans, as a reader would. */
export async function select(page: Page | PageLike, selector: string, text: string): Promise<void> {
  const p = page as PageLike;
  await p.evaluate(
    ([sel, t]) => {
      const root = document.querySelector(sel)!;
      const nodes: Text[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
      const whole = nodes.map((n) => n.data).join('');
      // The page's source may wrap the words over lines: any white space matches a space.
      const m = new RegExp(t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).exec(whole);
      if (!m) throw new Error(`no "${t}" in ${sel}`);
      const at = (pos: number): [Text, number] => {
        for (const n of nodes) {
          if (pos <= n.data.length) return [n, pos];
          pos -= n.data.length;
        }
        throw new Error('past the end');
      };
      const r = document.createRange();
      r.setStart(...at(m.index));
      r.setEnd(...at(m.index + m[0].length));
      // A reader selects what is on screen.
      root.scrollIntoView({ block: 'center', behavior: 'instant' });
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(r);
    },
    [selector, text] as [string, string],
  );
}
