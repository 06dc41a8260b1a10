/**
 * A frame's probe (see `FrameProbe`) and the content script it brings in share this frame's isolated world,
 * which the page cannot reach. A capture asked of a frame before the content script is there is left here
 * for it: the content script's message listener is not registered yet when it is injected, so the request
 * could not simply be sent again.
 */
const CAPTURE = Symbol.for('dramatis.capture-on-start');

type World = { [CAPTURE]?: boolean };

/** Asks the content script about to start in this world to open the capture panel. */
export function captureOnStart(world: object = globalThis): void {
  (world as World)[CAPTURE] = true;
}

/** Whether a probe asked for the capture panel; the request is taken, so it is answered once. */
export function takeCaptureOnStart(world: object = globalThis): boolean {
  const w = world as World;
  const asked = w[CAPTURE] === true;
  delete w[CAPTURE];
  return asked;
}
