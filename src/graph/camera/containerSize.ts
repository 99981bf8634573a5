/**
 * Cytoscape measures its container only when told to (cy.resize()), and react-cytoscapejs never tells it.
 * The container can change size in the same React commit as a selection: on a phone the details sheet opens
 * under the canvas and takes more than half its height. The selection's effect runs before the
 * ResizeObserver reports anything, and it must frame the node in the new size, or the node ends up below the
 * canvas. So the observer and the selection both measure through here. Whichever comes first does the work,
 * and the other then has nothing left to do.
 */
import type { Collection, Core } from "cytoscape";
import { panIntoView, wholeInView } from "../../model/geometry/keepInView";
import { refitIfUntouched } from "./fittedView";

interface Size {
  w: number;
  h: number;
}

/** The container size each instance last measured. */
const measured = new WeakMap<Core, Size>();

/** The container's size now, or null when it has none (hidden: 0 × 0). */
function sizeNow(cy: Core): Size | null {
  const container = cy.container();
  if (!container || cy.destroyed()) return null;
  const now = { w: container.clientWidth, h: container.clientHeight };
  return now.w === 0 || now.h === 0 ? null : now;
}

/**
 * Has `cy` measure its container again, its size and its place on the page: Cytoscape maps the mouse with
 * the place it found when it was created, and the page settles around the canvas after that.
 */
export function measureContainer(cy: Core): void {
  if (cy.destroyed()) return;
  // Before the first measure, the size Cytoscape found when it was created, which a fit may have used.
  const last = measured.get(cy) ?? { w: cy.width(), h: cy.height() };
  cy.resize();
  const now = sizeNow(cy);
  if (!now) return;
  measured.set(cy, now);
  if (last.w !== now.w || last.h !== now.h) refitIfUntouched(cy);
}

/** Room left around a selection brought back into view. */
const MARGIN = 24;

/**
 * If the container's size has changed since `cy` last measured it, measures it again. A view that is still
 * the last fit's is fitted again (fittedView.ts). Otherwise what was in the middle of the view stays in the
 * middle, unless that would take `keep` (the selection) out of a view it was wholly in: then the view moves
 * just enough to keep it. A hidden (0 × 0) container keeps its last real size.
 */
export function followContainerSize(cy: Core, keep: Collection = cy.collection()): void {
  const now = sizeNow(cy);
  if (!now) return;
  const last = measured.get(cy);
  if (last && last.w === now.w && last.h === now.h) return;
  measured.set(cy, now);
  const keepIt = last !== undefined && keep.nonempty() && wholeInView(keep.renderedBoundingBox(), last.w, last.h);
  cy.resize();
  if (!last || refitIfUntouched(cy)) return;
  cy.panBy({ x: (now.w - last.w) / 2, y: (now.h - last.h) / 2 });
  if (keepIt) cy.panBy(panIntoView(keep.renderedBoundingBox(), now.w, now.h, MARGIN));
}
