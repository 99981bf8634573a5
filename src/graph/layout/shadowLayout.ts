/**
 * Runs a Cytoscape layout on a headless copy of the canvas whose nodes have ids of our own making (`n0`,
 * `n1`, …), and returns the positions by the real ids. Cytoscape's layouts and fcose's engine keep nodes in
 * plain objects keyed by id, where a node called `constructor` (a valid id) finds Object's own property:
 * breadthfirst threw, and the others placed that node nowhere. Each copy node has its canvas node's type and
 * its drawn size with the label, so layouts that read either see what the canvas shows.
 */
import cytoscape, { type Core, type LayoutOptions } from "cytoscape";
import type { Position } from "../../model/brief/schema";

/** Ids of our own making (`n0`, `n1`, …) for `ids`, both ways. */
export function ownIds(ids: readonly string[]) {
  return {
    inner: new Map(ids.map((id, i) => [id, `n${i}`])),
    outer: new Map(ids.map((id, i) => [`n${i}`, id])),
  };
}

/** New positions for `cy`'s nodes, from `options` (a layout by name) run on a safe copy; `run` wraps the run. */
export function shadowLayout(
  cy: Core,
  options: (shadow: Core) => LayoutOptions,
  run: (go: () => void) => void = (go) => go(),
): Map<string, Position> {
  const nodes = cy.nodes();
  const { inner, outer } = ownIds(nodes.map((n) => n.id()));
  const shadow = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      ...nodes.map((n) => ({
        data: { id: inner.get(n.id())!, type: n.data("type") as unknown },
        position: { ...n.position() },
      })),
      ...cy.edges().map((e, i) => ({
        data: { id: `e${i}`, source: inner.get(e.source().id())!, target: inner.get(e.target().id())! },
      })),
    ],
  });
  shadow.batch(() =>
    nodes.forEach((node) => {
      const box = node.boundingBox({ includeLabels: true });
      shadow.getElementById(inner.get(node.id())!).style({ width: box.w, height: box.h, shape: "rectangle" });
    }),
  );
  run(() =>
    shadow
      .layout({ ...options(shadow), animate: false, fit: false, nodeDimensionsIncludeLabels: false } as LayoutOptions)
      .run(),
  );
  const positions = new Map(shadow.nodes().map((n) => [outer.get(n.id())!, { ...n.position() }]));
  shadow.destroy();
  return positions;
}
