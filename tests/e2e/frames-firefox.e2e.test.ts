/**
 * Frames in Firefox ESR (issue 21): the probe runs in each subframe, and the background brings the content
 * script (with `scripting`, under Manifest V2) only into the frame that names people, and into a frame where a
 * name turns up later.
 */
import { expect, test } from 'vitest';
import { firefoxFixtures } from './drivers';

const env = firefoxFixtures();

/** The names highlighted in each frame of the page, read from the top frame (the frames are same-origin). */
const framesMarks = () =>
  [...document.querySelectorAll('iframe')].map((f) =>
    [...f.contentDocument!.querySelectorAll('dramatis-mark[aria-description]')].map((m) => m.textContent).join(', '),
  );

test('Firefox highlights the named frame and a name added later to an advertisement, and nothing else', async () => {
  const p = await env.d.open(`${env.url}/frames-20.html`);
  const poll = async (want: (marks: string[]) => boolean) => {
    let marks: string[] = [];
    for (let i = 0; i < 100 && !want(marks); i++) {
      await new Promise((r) => setTimeout(r, 100));
      marks = await p.evaluate(framesMarks, null);
    }
    return marks;
  };
  const first = await poll((m) => m[19] === 'Liam Fox, Donald Trump');
  expect(first).toEqual([...Array(19).fill(''), 'Liam Fox, Donald Trump']);
  await p.evaluate(() => {
    const d = document.querySelectorAll('iframe')[4]!.contentDocument!;
    d.body.append(Object.assign(d.createElement('p'), { textContent: 'Sponsored by Kim Darroch.' }));
  }, null);
  const later = await poll((m) => m[4] === 'Kim Darroch');
  expect(later[4]).toBe('Kim Darroch');
  expect(later.filter(Boolean)).toHaveLength(2);
  await p.close();
});
