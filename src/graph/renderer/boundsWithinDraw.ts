/**
 * While a big graph's frame is drawn, an element's bounding box is worked out once, not three to five times.
 *
 * For each element, Cytoscape's canvas renderer asks `boundingBox()` once to cull it and once more per texture
 * it draws (body, label, and an edge's two end labels). Each call is checked against the element's position
 * and builds a memoising closure; at 5,000 nodes a frame drawing all of them spent ~150 of its ~450 ms there
 * (sampled, unminified build). Nothing moves or restyles an element while a frame is drawn, so within one
 * drawing pass the first answer is reused.
 */
import type { Core } from "cytoscape";
import { MissingInternal, privateRecordOf } from "./internals";

interface BoundsPrototype {
  boundingBox(this: ArrayLike<object>, options?: unknown): unknown;
}
/** Cytoscape's private record holds the cached box. */
interface CachedBounds {
  bbCache?: unknown;
}

let passes = 0;
let drawing = 0;
const answeredIn = new WeakMap<object, number>();
let installed: { prototype: BoundsPrototype; original: BoundsPrototype["boundingBox"]; users: number } | null = null;

function reusingBoundingBox(original: BoundsPrototype["boundingBox"]): BoundsPrototype["boundingBox"] {
  return function (this: ArrayLike<object>, options?: unknown) {
    if (drawing === 0 || options !== undefined || this.length !== 1) return original.call(this, options);
    const element = this[0]!;
    const cached = privateRecordOf<CachedBounds>(element)?.bbCache;
    if (cached && answeredIn.get(element) === passes) return cached;
    const box = original.call(this, options);
    answeredIn.set(element, passes);
    return box;
  };
}

/**
 * Lets `draw` calls made through the returned `during` reuse each element's first bounding box of the pass.
 * Cytoscape's collections share one prototype, so it is patched once for every instance, and restored when
 * the last user calls `release`. Throws MissingInternal where the prototype has no `boundingBox`.
 */
export function reuseBoundsWithinDraw(cy: Core): { during: <T>(draw: () => T) => T; release: () => void } {
  const prototype = Object.getPrototypeOf(cy.collection()) as BoundsPrototype;
  if (typeof prototype.boundingBox !== "function") throw new MissingInternal(["collection.boundingBox"]);
  if (!installed) {
    installed = { prototype, original: prototype.boundingBox, users: 0 };
    prototype.boundingBox = reusingBoundingBox(installed.original);
  }
  installed.users += 1;
  let released = false;
  return {
    during: (draw) => {
      if (drawing === 0) passes += 1;
      drawing += 1;
      try {
        return draw();
      } finally {
        drawing -= 1;
      }
    },
    release: () => {
      if (released || !installed) return;
      released = true;
      installed.users -= 1;
      if (installed.users === 0) {
        installed.prototype.boundingBox = installed.original;
        installed = null;
      }
    },
  };
}
