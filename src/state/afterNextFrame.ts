/** Waiting for the page to draw: shared by the canvas's chunked work and the URL sync. */

/** Resolves after the next frame: the canvas draws in it, and queued input runs before the next task. */
export const afterNextFrame = (): Promise<void> =>
  new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
