/**
 * A big graph's drawing order, without sorting it.
 *
 * Cytoscape sorts every element into drawing order whenever elements are added or a z-order property
 * changes: ~120–190 ms for 60,000 elements, in one task. Its order is by compound depth, then edges under
 * nodes, then z-index, then the order elements were added. A big graph's stylesheet gives every element the
 * same z-index (stylesheet.ts, bigGraphStateRules) and models have no compound nodes, so that order is simply
 * the edges as added, then the nodes as added. Big-graph edges take no pointer events, so only nodes can be
 * interactive. With compound nodes, Cytoscape's own sort runs.
 *
 * Renderer internals (internals.ts): installed by install.ts, which reports a missing method and leaves
 * Cytoscape's sort in place.
 */
import type { Core, SingularElementArgument } from "cytoscape";
import { rendererOf, requireMethods } from "./internals";

type Ordered = SingularElementArgument[] & { interactive: SingularElementArgument[] };
interface SortingRenderer {
  cachedZSortedEles?: Ordered | null;
  getCachedZSortedEles?: (this: SortingRenderer, forceRecalc?: boolean) => Ordered;
  updateCachedGrabbedEles?: (this: SortingRenderer) => void;
}

/** Cytoscape methods its type definitions leave out. */
type Untyped = { interactive(): boolean; hasCompoundNodes(): boolean };
const interactive = (ele: unknown) => (ele as Untyped).interactive();
const hasCompoundNodes = (cy: Core) => (cy as unknown as Untyped).hasCompoundNodes();

/** The drawing order of `cy`'s elements when all share one z-index and none is a compound node. */
function edgesThenNodes(cy: Core): Ordered {
  // One pass: cy.nodes() and cy.edges() would each test a selector against every element.
  const edges: SingularElementArgument[] = [];
  const nodes: SingularElementArgument[] = [];
  cy.elements().forEach((ele) => {
    (ele.isEdge() ? edges : nodes).push(ele);
  });
  return Object.assign([...edges, ...nodes], { interactive: nodes.filter(interactive) });
}

/**
 * Makes `cy`'s renderer take a big graph's drawing order without sorting. Returns the undo; throws
 * MissingInternal, patching nothing, when the renderer lacks a method it needs.
 */
export function orderWithoutSorting(cy: Core): () => void {
  const renderer = rendererOf<SortingRenderer>(cy);
  const { getCachedZSortedEles: sort, updateCachedGrabbedEles: regroup } = requireMethods(renderer, [
    "getCachedZSortedEles",
    "updateCachedGrabbedEles",
  ]);
  renderer!.getCachedZSortedEles = function (forceRecalc) {
    if (hasCompoundNodes(cy)) return sort.call(this, forceRecalc);
    if (!forceRecalc && this.cachedZSortedEles) return this.cachedZSortedEles;
    const ordered = edgesThenNodes(cy);
    this.cachedZSortedEles = ordered;
    // As Cytoscape's own sort does: splits the order into the dragged elements and the rest.
    regroup.call(this);
    return ordered;
  };
  return () => {
    renderer!.getCachedZSortedEles = sort;
  };
}
