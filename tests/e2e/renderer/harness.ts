/**
 * Runs in Chromium (tests/e2e/renderer.test.ts bundles it): the real Cytoscape, with its canvas renderer, and
 * the renderer patches of src/graph/renderer/. Each scenario returns plain data for the test to assert on.
 * Before a patch is installed, the renderer's own methods are wrapped to record what they are handed and then
 * call through, so what is recorded is what the real renderer did.
 */
import cytoscape, { type Core } from "cytoscape";
import { BIG_GRAPH_CORE_OPTIONS } from "../../../src/graph/bigGraph/settings";
import { buildStylesheet } from "../../../src/graph/stylesheet";
import { orderWithoutSorting } from "../../../src/graph/renderer/drawingOrder";
import { DRAW_REACH, drawOnlyNearTheView } from "../../../src/graph/renderer/drawInView";
import { installBigGraphRenderer } from "../../../src/graph/renderer/bigGraphRenderer";
import {
  CORE_METHODS,
  EDGE_SCRATCH_FIELDS,
  PINNED_CYTOSCAPE,
  RECORD_FIELDS,
  RENDERER_METHODS,
  cytoscapeVersion,
  missingInternals,
  privateRecordOf,
  rendererOf,
} from "../../../src/graph/renderer/internals";

type Ids = { id(): string }[];
type Ordered = Ids & { interactive: Ids };
type Method = (this: Renderer, ...args: unknown[]) => unknown;
type Renderer = Record<string, unknown> & {
  textureOnViewport: boolean;
  cachedZSortedEles: unknown;
  getCachedZSortedEles(forceRecalc?: boolean): Ordered;
  drawLayeredElements(ctx: unknown, eles: unknown[], pxRatio: number, extent?: unknown): void;
  drawCachedElements(ctx: unknown, eles: unknown[], pxRatio: number, extent?: unknown): void;
  drawCachedNodes(ctx: unknown, eles: unknown[], pxRatio: number, extent?: unknown): void;
  findNearestElements(x: number, y: number, interactiveOnly: boolean, isTouch: boolean): Ids;
};

const ids = (eles: Ids) => eles.map((e) => e.id());

function container(): HTMLElement {
  const div = document.createElement("div");
  div.style.cssText = "position:absolute;left:0;top:0;width:400px;height:300px";
  document.body.append(div);
  return div;
}

/** The view 0..100 × 0..100; nodes inside, just outside, and far away, and edges between them. */
function scene(): Core {
  return cytoscape({
    ...BIG_GRAPH_CORE_OPTIONS,
    container: container(),
    style: buildStylesheet("light", true) as unknown as cytoscape.StylesheetJson,
    layout: { name: "preset", fit: false },
    elements: [
      { data: { id: "in", label: "In", type: "concept" }, position: { x: 50, y: 50 } },
      // Outside the view, but close enough for its label to reach into it.
      { data: { id: "near", label: "Near", type: "concept" }, position: { x: 50, y: 100 + DRAW_REACH - 1 } },
      { data: { id: "far-left", label: "L", type: "actor" }, position: { x: -5000, y: 50 } },
      { data: { id: "far-right", label: "R", type: "actor" }, position: { x: 5000, y: 50 } },
      { data: { id: "far-a", label: "A", type: "actor" }, position: { x: -5000, y: 3000 } },
      { data: { id: "far-b", label: "B", type: "actor" }, position: { x: 3000, y: -5000 } },
      { data: { id: "in-to-far", source: "in", target: "far-left", relation: "supports" } },
      // Both ends far away, the line straight through the view.
      { data: { id: "across", source: "far-left", target: "far-right", relation: "supports" } },
      // Its bounding box holds the view, but the line passes far from it.
      { data: { id: "past", source: "far-a", target: "far-b", relation: "supports" } },
      { data: { id: "far-only", source: "far-right", target: "far-b", relation: "supports" } },
    ],
  });
}
const VIEW = { x1: 0, y1: 0, x2: 100, y2: 100 };
const EVERYTHING = { x1: -6000, y1: -6000, x2: 6000, y2: 6000 };

/** A 2D context zoomed in tenfold, so no edge is a hairline and every one goes through drawCachedElement. */
function context(): CanvasRenderingContext2D {
  const ctx = document.createElement("canvas").getContext("2d")!;
  ctx.scale(10, 10);
  return ctx;
}

/**
 * Wraps the renderer's methods `names` to count their calls and record the elements they are handed, then
 * call through to Cytoscape's own code. Returns what they saw and the wrapped methods.
 */
function record(renderer: Renderer) {
  const seen: Record<string, string[]> = {};
  const calls: Record<string, number> = {};
  const original: Record<string, Method> = {};
  const wrap = (name: string, see: (self: Renderer, args: unknown[]) => string[] | undefined) => {
    const own = renderer[name] as Method;
    const wrapped: Method = function (...args) {
      calls[name] = (calls[name] ?? 0) + 1;
      const list = see(this, args);
      if (list) seen[name] = [...(name === "drawCachedElement" ? (seen[name] ?? []) : []), ...list];
      return own.apply(this, args);
    };
    renderer[name] = wrapped;
    original[name] = wrapped;
  };
  wrap("drawCachedElement", (_self, [, ele]) => [(ele as { id(): string }).id()]);
  wrap("drawLayeredElements", (_self, [, eles]) => ids(eles as Ids));
  wrap("drawCachedNodes", (_self, [, eles]) => ids(eles as Ids));
  wrap("findNearestElements", (self, [, , interactiveOnly]) => {
    const list = self.getCachedZSortedEles();
    return ids(interactiveOnly ? list.interactive : list);
  });
  wrap("getCachedZSortedEles", () => undefined);
  wrap("updateCachedGrabbedEles", () => undefined);
  const drawn = () => {
    const list = seen.drawCachedElement ?? [];
    delete seen.drawCachedElement;
    return list;
  };
  return { seen, calls, original, drawn };
}

const rendererOfScene = (cy: Core) => rendererOf<Renderer>(cy)!;

export const harness = {
  /** Every private name the patches use, on a drawn graph: what is missing, and what each record holds. */
  async contract() {
    const cy = scene();
    await new Promise((done) => cy.one("render", done));
    cy.elements().boundingBox();
    const node = privateRecordOf<Record<string, unknown>>(cy.getElementById("in"))!;
    const edge = privateRecordOf<Record<string, unknown>>(cy.getElementById("in-to-far"))!;
    const scratch = (edge.rscratch ?? {}) as Record<string, unknown>;
    const style = (cy.getElementById("in-to-far") as unknown as { pstyle(name: string): Record<string, unknown> })
      .pstyle;
    const width = style.call(cy.getElementById("in-to-far"), "width");
    const label = style.call(cy.getElementById("in"), "label");
    const result = {
      version: cytoscapeVersion,
      pinned: PINNED_CYTOSCAPE,
      checked: CORE_METHODS.length + RENDERER_METHODS.length,
      missing: missingInternals(cy),
      nodeRecord: RECORD_FIELDS.node.filter((name) => !(name in node)),
      edgeRecord: RECORD_FIELDS.edge.filter((name) => !(name in edge)),
      edgeScratch: EDGE_SCRATCH_FIELDS.filter((name) => !(name in scratch)),
      positionIsPoint: typeof (node.position as { x?: unknown }).x === "number",
      pstyle: { width: typeof width.pfValue, label: typeof label.strValue },
      interactive: typeof (cy.getElementById("in") as unknown as { interactive(): unknown }).interactive(),
    };
    cy.destroy();
    return result;
  },

  /** Installs on an instance whose renderer lacks `drawCachedNodes`: what the console heard, what changed. */
  installWithoutAName() {
    const cy = scene();
    const renderer = rendererOfScene(cy);
    renderer.drawCachedNodes = undefined as never;
    const before = renderer.getCachedZSortedEles;
    const errors: string[] = [];
    const consoleError = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(" "));
    try {
      const undo = installBigGraphRenderer(cy);
      undo();
    } finally {
      console.error = consoleError;
    }
    const untouched = renderer.getCachedZSortedEles === before;
    cy.destroy();
    return { errors, untouched };
  },

  /** Draws from the elements near a view, and from all of them once everything is near. */
  drawNearTheView() {
    const cy = scene();
    const renderer = rendererOfScene(cy);
    const { seen, drawn } = record(renderer);
    drawOnlyNearTheView(cy);
    const all = [...cy.elements()];
    const ctx = context();
    renderer.drawLayeredElements(ctx, all, 1, VIEW);
    const nearView = drawn();
    const layeredForFew = seen.drawLayeredElements ?? null;
    const textureForFew = renderer.textureOnViewport;
    renderer.drawCachedNodes(ctx, all, 1, VIEW);
    const nodesNearView = seen.drawCachedNodes;
    renderer.drawLayeredElements(ctx, all, 1, EVERYTHING);
    const layeredForAll = seen.drawLayeredElements?.length;
    const textureForAll = renderer.textureOnViewport;
    cy.destroy();
    return { nearView, layeredForFew, textureForFew, nodesNearView, layeredForAll, textureForAll, total: all.length };
  },

  /** Hit-tests near the pointer only, and gives the drawing order back afterwards. */
  hitTestNearThePointer() {
    const cy = scene();
    const renderer = rendererOfScene(cy);
    const { seen } = record(renderer);
    drawOnlyNearTheView(cy);
    const order = renderer.getCachedZSortedEles;
    const hitNode = ids(renderer.findNearestElements(50, 50, true, false));
    const searchedNode = seen.findNearestElements;
    renderer.findNearestElements(5000, 50, false, false);
    const searchedFar = seen.findNearestElements;
    const orderBack = renderer.getCachedZSortedEles === order;
    cy.destroy();
    return { hitNode, searchedNode, searchedFar, orderBack };
  },

  /** Where elements are is read when the drawing order is made; a moved node is noticed when announced. */
  positionsWithTheOrder() {
    const cy = scene();
    const renderer = rendererOfScene(cy);
    const { drawn } = record(renderer);
    drawOnlyNearTheView(cy);
    const ctx = context();
    const order = renderer.getCachedZSortedEles();
    // Moved in place, as Cytoscape's position() hands over its own object, so no event tells drawInView.
    Object.assign(cy.getElementById("far-right").position(), { x: 50, y: 60 });
    renderer.drawCachedElements(ctx, order, 1, VIEW);
    const silentMove = drawn();
    cy.getElementById("far-right").emit("position");
    renderer.drawCachedElements(ctx, order, 1, VIEW);
    const announcedMove = drawn();
    cy.destroy();
    return { silentMove, announcedMove };
  },

  /** A moved node is drawn where it went, and the undo puts back every method Cytoscape had. */
  moveThenUndo() {
    const cy = scene();
    const renderer = rendererOfScene(cy);
    const { original, drawn } = record(renderer);
    const texture = renderer.textureOnViewport;
    const undo = drawOnlyNearTheView(cy);
    const all = [...cy.elements()];
    const ctx = context();
    renderer.drawCachedElements(ctx, all, 1, VIEW);
    const before = drawn();
    cy.getElementById("far-right").position({ x: 50, y: 60 });
    renderer.drawCachedElements(ctx, all, 1, VIEW);
    const after = drawn();
    renderer.drawLayeredElements(ctx, all, 1, VIEW);
    undo();
    const notRestored = Object.keys(original).filter((name) => renderer[name] !== original[name]);
    const textureRestored = renderer.textureOnViewport === texture;
    cy.destroy();
    return { before, after, notRestored, textureRestored };
  },

  /** The drawing order without sorting, against Cytoscape's own sort of the same graph. */
  orderWithoutSorting() {
    const cy = cytoscape({
      container: container(),
      style: buildStylesheet("light", true) as unknown as cytoscape.StylesheetJson,
      elements: [
        { data: { id: "a", label: "A", type: "concept" } },
        // Hidden from the start: Cytoscape caches whether an element is interactive until its next frame.
        { data: { id: "b", label: "B", type: "concept" }, classes: "hidden" },
        { data: { id: "ab", source: "a", target: "b", relation: "supports" } },
        { data: { id: "c", label: "C", type: "concept" } },
        { data: { id: "ca", source: "c", target: "a", relation: "supports" } },
      ],
    });
    const renderer = rendererOfScene(cy);
    const own = renderer.getCachedZSortedEles(true);
    const cytoscapeOrder = ids(own);
    const cytoscapeInteractive = ids(own.interactive);
    const { calls, original } = record(renderer);
    const undo = orderWithoutSorting(cy);
    const order = renderer.getCachedZSortedEles(true);
    const result = {
      cytoscapeOrder,
      cytoscapeInteractive,
      order: ids(order),
      interactive: ids(order.interactive),
      regrouped: calls.updateCachedGrabbedEles ?? 0,
      sortsBefore: calls.getCachedZSortedEles ?? 0,
      kept: renderer.getCachedZSortedEles() === order,
      remade: false,
      sortsForCompound: 0,
      restored: false,
    };
    renderer.cachedZSortedEles = null; // as Cytoscape's invalidateCachedZSortedEles does
    result.remade = renderer.getCachedZSortedEles() !== order;
    cy.add({ data: { id: "group", label: "G", type: "concept" } });
    cy.getElementById("c").move({ parent: "group" });
    renderer.getCachedZSortedEles(true);
    result.sortsForCompound = (calls.getCachedZSortedEles ?? 0) - result.sortsBefore;
    undo();
    result.restored = renderer.getCachedZSortedEles === original.getCachedZSortedEles;
    cy.destroy();
    return result;
  },
};

Object.assign(window, { harness });
