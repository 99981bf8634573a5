/**
 * The big-graph renderer: Cytoscape's canvas renderer with its private methods patched for speed, installed
 * in one place that owns the order of the patches and hands back one undo. docs/performance.md has what each
 * patch gains. Loaded with the first big graph (bigGraph/streamInto.ts): small graphs never need it.
 *
 * A missing private name never fails silently: the install checks every name first (internals.ts), and where
 * one is missing it patches nothing, says which in the console, and leaves Cytoscape's own drawing in place,
 * slower but correct. The contract test (tests/e2e/renderer.test.ts) fails the day the pinned Cytoscape changes
 * a name.
 */
import type { Core } from "cytoscape";
import { orderWithoutSorting } from "./drawingOrder";
import { drawOnlyNearTheView } from "./drawInView";
import { MissingInternal, missingInternals, reportMissing } from "./internals";
import { keepStyleHintsLight } from "./styleHints";

const FALLBACK = "Big graphs are drawn by Cytoscape's own renderer, correctly but more slowly.";

/**
 * Patches `cy`'s renderer for a big graph before its elements are added. Returns the undo (a no-op when
 * nothing was patched, as for a headless instance, which draws nothing).
 */
export function installBigGraphRenderer(cy: Core): () => void {
  if (!cy.container()) return () => {};
  const missing = missingInternals(cy);
  if (missing.length) {
    reportMissing(new MissingInternal(missing), FALLBACK);
    return () => {};
  }
  const undos: Array<() => void> = [];
  // Last patched, first undone; the list empties, so a second call does nothing.
  const undo = () =>
    undos
      .splice(0)
      .toReversed()
      .forEach((step) => step());
  try {
    // A quarter of the heap less while the elements arrive (styleHints.ts); for good, as it changes nothing
    // else, so there is nothing to undo.
    keepStyleHintsLight(cy);
    // In this order: drawing near the view reads the drawing order through the method orderWithoutSorting
    // replaces, so it must wrap that replacement, and be undone before it.
    undos.push(orderWithoutSorting(cy));
    undos.push(drawOnlyNearTheView(cy));
  } catch (error) {
    undo();
    if (!(error instanceof MissingInternal)) throw error;
    reportMissing(error, FALLBACK);
  }
  return undo;
}
