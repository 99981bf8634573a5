/**
 * Marks the canvas `aria-busy` while a change is being applied in chunks (a theme, a filter on a big graph):
 * for a second or more the canvas still shows the old state, and assistive technology, tests and the
 * benchmark can tell when it is done. Changes may overlap, so the mark stays until the last one ends.
 */
import type { Core } from "cytoscape";

const pending = new WeakMap<Core, number>();

/** Marks `cy`'s container busy; call the returned function once when the change is done or abandoned. */
export function markCanvasBusy(cy: Core): () => void {
  const count = (pending.get(cy) ?? 0) + 1;
  pending.set(cy, count);
  if (count === 1) cy.container()?.setAttribute("aria-busy", "true");
  let done = false;
  return () => {
    if (done) return;
    done = true;
    const left = (pending.get(cy) ?? 1) - 1;
    pending.set(cy, left);
    if (left === 0) cy.container()?.removeAttribute("aria-busy");
  };
}
