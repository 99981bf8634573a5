/**
 * Cytoscape hashes each element's style into a few keys (for its texture caches) in `updateStyleHints`, and
 * keeps on the element the scratch it hashed with: `_private.styleKeys`, an object of ~20 two-number arrays
 * that nothing reads once the keys are computed (Cytoscape 3.34; `clearStyleHints` resets it to `{}`). At
 * 20,000 nodes and 40,000 edges that scratch held 85 MB of a 280 MB heap (sampled in headless Chromium), and
 * the garbage collections a heap that size needs while the graph is added made the longest loading tasks (one
 * chunk traced at 240 ms, 76 ms of it collecting). Here every element hashes in one shared scratch object
 * instead: the keys are the same.
 */
import type { Core } from "cytoscape";
import { MissingInternal } from "./internals";

interface StyleHintsInternals {
  updateStyleHints?: (this: unknown, element: { _private: { styleKeys: object } }) => boolean;
}

const sharedScratch = {};
const lightened = new WeakSet<object>();

/**
 * Makes Cytoscape's style objects (all instances: the method lives on their prototype) hash in one shared
 * scratch. Safe to call for every instance; throws MissingInternal where the method is missing. For good: it
 * changes nothing else, so there is no undo.
 */
export function keepStyleHintsLight(cy: Core): void {
  const style = Object.getPrototypeOf(cy.style()) as StyleHintsInternals | null;
  const updateStyleHints = style?.updateStyleHints;
  if (!style || typeof updateStyleHints !== "function") throw new MissingInternal(["style.updateStyleHints"]);
  if (lightened.has(style)) return;
  lightened.add(style);
  // Cytoscape fills every group's arrays afresh before it reads any of them, within this one synchronous call,
  // so the scratch never carries one element's values into another's keys.
  style.updateStyleHints = function (element) {
    // oxlint-disable-next-line no-underscore-dangle -- the scratch is Cytoscape's, on its private record.
    element._private.styleKeys = sharedScratch;
    return updateStyleHints.call(this, element);
  };
}
