/**
 * Issue 23's scenario, written once and run in Chromium and Firefox (editors*.e2e.test.ts): names in editors
 * and in text a page re-renders are drawn with ranges, typing and undo go exactly as without Dramatis, hovering
 * a name drawn with a range opens its card, and textareas are never highlighted.
 */
import type { Driver, PageLike } from './drivers';
import { until } from './scenario';

/** The names drawn with ranges, as "text@id" (the id of the nearest element that has one), sorted. */
export const namedRanges = () => {
  const out: string[] = [];
  // A range's text. A static range has no `toString`; the names these fixtures draw with one sit in one text node.
  const textOf = (r: AbstractRange) =>
    r instanceof Range ? r.toString() : (r.startContainer.textContent ?? '').slice(r.startOffset, r.endOffset);
  (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.forEach((h, name) => {
    if (!name.startsWith('dramatis-name') || name === 'dramatis-name-focus') return;
    for (const r of h) {
      if (r.collapsed) continue;
      const at = r.startContainer.parentElement?.closest('[id]')?.id ?? '';
      out.push(`${textOf(r)}@${at}`);
    }
  });
  return out.sort();
};

/**
 * Which kind of range each name drawn with a range has, as "id: live" or "id: static" (the id of the nearest
 * element that has one), once each, sorted: live where the reader types, static elsewhere.
 */
export const rangeKinds = () => {
  const out = new Set<string>();
  (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.forEach((h, name) => {
    if (!name.startsWith('dramatis-name') || name === 'dramatis-name-focus') return;
    for (const r of h) out.add(`${r.startContainer.parentElement?.closest('[id]')?.id ?? ''}: ${r instanceof Range ? 'live' : 'static'}`);
  });
  return [...out].sort();
};

/**
 * Every name highlighted, drawn with a range or wrapped, as "text@id" once each, with the React-like fixture's
 * changing list keys ("item-7") read as "item". Self-contained, as it runs in the page.
 */
export const allNames = () => {
  const out = new Set<string>();
  const add = (text: string, el: Element | null | undefined) =>
    out.add(`${text}@${(el?.closest('[id]')?.id ?? '').replace(/^item-\d+$/, 'item')}`);
  // A range's text. A static range has no `toString`; the names these fixtures draw with one sit in one text node.
  const textOf = (r: AbstractRange) =>
    r instanceof Range ? r.toString() : (r.startContainer.textContent ?? '').slice(r.startOffset, r.endOffset);
  (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.forEach((h, name) => {
    if (name.startsWith('dramatis-name') && name !== 'dramatis-name-focus')
      for (const r of h) if (!r.collapsed) add(textOf(r), r.startContainer.parentElement);
  });
  for (const m of document.querySelectorAll('dramatis-mark[aria-description]')) add(m.textContent ?? '', m);
  return [...out].sort();
};

/**
 * Where the look of names drawn with ranges reaches, as "id: yes/no" for each element id given: whether the
 * element's `::highlight()` of our ungrouped names has a text decoration or background of ours. Self-contained.
 */
export const rangeLookAt = (ids: string[]) =>
  ids.map((id) => {
    const st = getComputedStyle(document.getElementById(id)!, '::highlight(dramatis-name)');
    const drawn = st.textDecorationLine.includes('underline') || st.backgroundColor !== 'rgba(0, 0, 0, 0)';
    return `${id}: ${drawn ? 'yes' : 'no'}`;
  });

/** Our wrapped highlights, as "text@id". */
export const wrappedNames = () =>
  [...document.querySelectorAll('dramatis-mark[aria-description]')].map((m) => `${m.textContent}@${m.closest('[id]')?.id ?? ''}`).sort();

/** Sets how names are drawn, as the options page does. */
export async function setMode(d: Driver, mode: 'auto' | 'wrap' | 'ranges'): Promise<void> {
  const o = await d.openExtensionPage('options.html');
  await o.evaluate((m) => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    return api.storage.sync.set({ settings: m === 'auto' ? {} : { highlightMode: m } });
  }, mode);
  await o.close();
}

/** What an editor holds, and where its caret is: the path of child indices from the editor, and the offset. */
const editorState = (id: string) => {
  const editor = document.getElementById(id)!;
  const sel = getSelection()!;
  const path: number[] = [];
  for (let n: Node | null = sel.anchorNode; n && n !== editor; n = n.parentNode)
    path.unshift([...n.parentNode!.childNodes].indexOf(n as ChildNode));
  return { html: editor.innerHTML, caret: `${path.join('/')}:${sel.anchorOffset}`, focused: document.activeElement === editor };
};

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A scripted session in the editor: the caret put at the end of its second paragraph, a sentence typed, Enter,
 * another sentence, then two undos. Returns the editor as each stage left it, and the names drawn after typing.
 */
export async function typingSession(
  p: PageLike,
): Promise<{ typed: ReturnType<typeof editorState>; undone: ReturnType<typeof editorState>; drawn: string[] }> {
  await p.evaluate(() => {
    const para = document.getElementById('e2')!;
    (document.getElementById('editor') as HTMLElement).focus();
    const range = document.createRange();
    range.selectNodeContents(para);
    range.collapse(false);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  }, null);
  await p.type(' Later Jeremy Hunt wrote.');
  await p.press('Enter');
  await p.type('Then Boris Johnson said nothing.');
  // Time for Dramatis to catch up with what was typed (a page update is picked up within 100 ms).
  await pause(500);
  const typed = await p.evaluate(editorState, 'editor');
  const drawn = await p.evaluate(namedRanges, null);
  await p.chord('Control', 'z');
  await pause(100);
  await p.chord('Control', 'z');
  await pause(300);
  const undone = await p.evaluate(editorState, 'editor');
  return { typed, undone, drawn };
}

/** Where on screen the range showing `text` inside element `id` is (its first line box's middle). */
export const rangePoint = ([text, id]: [string, string]) => {
  let at: { x: number; y: number } | undefined;
  // A live range over a drawn one: static ranges have no boxes of their own.
  const live = (r: AbstractRange) => {
    if (r instanceof Range) return r;
    const l = document.createRange();
    l.setStart(r.startContainer, r.startOffset);
    l.setEnd(r.endContainer, r.endOffset);
    return l;
  };
  (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.forEach((h, name) => {
    if (!name.startsWith('dramatis-name')) return;
    for (const r of h) {
      if (at || live(r).toString() !== text || r.startContainer.parentElement?.closest('[id]')?.id !== id) continue;
      const box = live(r).getClientRects()[0]!;
      at = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }
  });
  return at;
};

/** The person of the open card (the e2e build's card root is open), or null. */
export const openCardPerson = () =>
  document.querySelector('dramatis-card')?.shadowRoot?.querySelector('.card')?.getAttribute('data-person') ?? null;

/** Hovers the name `text` drawn with a range in element `id`; returns whose card opens. */
export async function hoverRanged(p: PageLike, text: string, id: string, want: string): Promise<string | null> {
  const at = await p.evaluate(rangePoint, [text, id] as [string, string]);
  if (!at) throw new Error(`no range shows ${text} in #${id}`);
  await p.move(at.x - 3, at.y);
  await p.move(at.x, at.y);
  return until(p, openCardPerson, null, want, 5_000);
}

/** The textarea's value and whether anything of ours (a range or a mark) is in it. */
export const textareaState = () => {
  const area = document.getElementById('notes') as HTMLTextAreaElement;
  let ranges = 0;
  (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.forEach((h) => {
    for (const r of h) if (area.contains(r.startContainer)) ranges++;
  });
  return { value: area.value, ranges, marks: area.querySelectorAll('*').length };
};

/** The React-like fixture's own report: renders so far, and errors (its check of each paint, and any thrown). */
export const appReport = () => ({ renders: Number(document.body.dataset.renders ?? 0), errors: Number(document.body.dataset.errors ?? 0) });

/**
 * Watches, in the page, whether the name in the React-like fixture's rewritten paragraph is drawn in each frame
 * the page changes it: a ResizeObserver's first report comes after the frame's animation callbacks and layout,
 * just before it is painted. Read the answers with `paintedFrames`.
 */
export const watchPaintedFrames = () => {
  const seen: boolean[] = [];
  (window as unknown as { paintedFrames: boolean[] }).paintedFrames = seen;
  const para = document.getElementById('p-b')!;
  new MutationObserver(() => {
    const ro = new ResizeObserver(() => {
      ro.disconnect();
      let drawn = false;
      // A range's text. A static range has no `toString`; the names these fixtures draw with one sit in one text node.
      const textOf = (r: AbstractRange) =>
        r instanceof Range ? r.toString() : (r.startContainer.textContent ?? '').slice(r.startOffset, r.endOffset);
      (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.forEach((h, name) => {
        if (name.startsWith('dramatis-name'))
          for (const r of h) if (para.contains(r.startContainer) && textOf(r) === 'Boris Johnson') drawn = true;
      });
      seen.push(drawn);
    });
    ro.observe(document.body);
  }).observe(para, { characterData: true, subtree: true });
};

/** Whether the name was drawn in each frame the page changed its paragraph (see `watchPaintedFrames`). */
export const paintedFrames = () => (window as unknown as { paintedFrames: boolean[] }).paintedFrames;

/** The names the React-like fixture should show once its re-rendered blocks are drawn with ranges. */
export const REACT_LIKE_NAMES = ['Boris Johnson@p-b', 'Donald Trump@item', 'Jeremy Hunt@item', 'Kim Darroch@p-a', 'Theresa May@p-b'];

/**
 * The React-like fixture over about seven seconds: its names once re-rendering has been seen (six renders after
 * the first), which of them are wrapped, whether the rewritten name was drawn in each frame that changed it
 * after that, and the app's own report.
 */
export async function reactLikeRun(p: PageLike) {
  await until(p, () => Number(document.body.dataset.renders) >= 7, null, true, 8_000);
  const names = await until(p, allNames, null, REACT_LIKE_NAMES);
  const wrapped = await p.evaluate(wrappedNames, null);
  await p.evaluate(watchPaintedFrames, null);
  await until(p, () => Number(document.body.dataset.renders) >= 14, null, true, 8_000);
  return { names, wrapped, frames: await p.evaluate(paintedFrames, null), report: await p.evaluate(appReport, null) };
}
