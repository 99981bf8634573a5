/**
 * The off-screen Cytoscape instance an export draws from: the on-screen graph's elements, positions and state
 * classes, restyled for the chosen background. A separate instance never disturbs what the reader sees (no
 * flash of recoloured nodes) and lets "whole graph" show what the filters hide.
 */
import cytoscape from "cytoscape";
import type { Collection, Core, ElementDefinition, SingularElementArgument, StylesheetStyle } from "cytoscape";
import type { ExportScope } from "../../model/export/imageOptions";
import { elementsMeetingView } from "../renderer/drawInView";
import { HIDDEN_CLASS } from "../camera/shownElements";
import { LABEL_HIDDEN_CLASS } from "../../look/labels";
import type { ExportPalette } from "./exportStyle";
import { exportStylesheet } from "./exportStyle";
import { planStageLabels } from "./stageLabels";
import { LABEL_PX } from "../../look/labels";

/** A region of the drawing in model coordinates. */
export interface Box {
  x1: number;
  y1: number;
  w: number;
  h: number;
}

export interface Stage {
  cy: Core;
  /** What to draw, in model coordinates. */
  box: Box;
  /** Model units per image pixel at scale 1: the screen's zoom for the view, 1 otherwise. */
  zoom: number;
  /** Whether the drawing must be clipped to `box` (the view cuts elements at the screen's edges). */
  clip: boolean;
  destroy(): void;
}

/** Space left around a whole drawing, px at scale 1, so strokes and label plates are never cut. */
const DRAWING_PADDING = 16;

// Hover is the pointer's business, never part of an image; the other classes depend on the scope.
const SELECTION_CLASSES = ["selected", "emph", "dimmed"];

function keptClasses(classes: string[], scope: ExportScope): string[] {
  return classes.filter((c) => {
    if (c === "hover") return false;
    if (scope === "view") return true;
    // Whole graph and filtered views are clean figures: no selection emphasis, edge labels as at zoom 1 (none).
    // The whole graph is drawn with every label, as Cytoscape sizes them for the image.
    if (c === LABEL_HIDDEN_CLASS || SELECTION_CLASSES.includes(c)) return false;
    return scope === "filtered" || c !== HIDDEN_CLASS;
  });
}

/**
 * What the stage needs from `main`: for the view, the elements that can draw into it and the nodes their
 * lines come from (Cytoscape refuses a line without its ends); otherwise all. Copying all 60,000 elements of a
 * 20,000-node graph into the stage made exporting the view a ~4 s task.
 */
export function stagedElements(main: Core, scope: ExportScope): Collection {
  const all = main.elements();
  if (scope !== "view") return all;
  const near = new Set<unknown>(elementsMeetingView(all.toArray(), main.extent()));
  const kept = all.filter((ele) => near.has(ele));
  return kept.union(kept.edges().connectedNodes());
}

/** The label styles the canvas sets for its zoom (LabelController): numbers and keywords only, no model text. */
const LABEL_STYLES = ["font-size", "text-max-width", "text-background-padding", "text-margin-x", "text-margin-y"];
const LABEL_ALIGNMENT = ["text-valign", "text-halign"];

/** An element's label styles as drawn on screen, so an image of the view shows its labels at the screen's size. */
function screenLabelStyle(ele: SingularElementArgument): Record<string, string | number> {
  const style: Record<string, string | number> = {};
  for (const name of LABEL_STYLES) style[name] = ele.numericStyle(name);
  for (const name of LABEL_ALIGNMENT) style[name] = String(ele.style(name));
  style["text-max-width"] = `${style["text-max-width"]}px`;
  style["text-background-padding"] = `${style["text-background-padding"]}px`;
  return style;
}

function definitions(main: Core, scope: ExportScope): ElementDefinition[] {
  return stagedElements(main, scope).map((ele) => ({
    group: ele.isNode() ? "nodes" : "edges",
    data: { ...ele.data() },
    ...(ele.isNode() ? { position: { ...ele.position() } } : {}),
    classes: keptClasses(ele.classes(), scope),
    ...(scope === "view" ? { style: screenLabelStyle(ele) } : {}),
  }));
}

/** Nodes plus edges above which a whole-graph image keeps every label: planning them would take too long. */
const MOST_PLANNED = 2000;

/**
 * Builds the export instance for `scope`, with only the labels that fit unless `allLabels` (the whole graph;
 * the view keeps the screen's); call destroy() when done.
 */
export function createStage(main: Core, scope: ExportScope, palette: ExportPalette, allLabels = false): Stage {
  const container = document.createElement("div");
  const cy = cytoscape({
    container,
    elements: definitions(main, scope),
    style: exportStylesheet(palette) as unknown as StylesheetStyle[],
    layout: { name: "preset" },
    userZoomingEnabled: false,
    userPanningEnabled: false,
    boxSelectionEnabled: false,
    autoungrabify: true,
    autounselectify: true,
  });
  const destroy = () => cy.destroy();
  if (scope === "view") {
    // The stage is only ever drawn into export canvases; an open batch keeps its own render loop idle, which
    // would otherwise redraw it on the next frame, competing with the PNG encoder for the main thread.
    cy.startBatch();
    const e = main.extent();
    return { cy, box: { x1: e.x1, y1: e.y1, w: e.w, h: e.h }, zoom: main.zoom(), clip: true, destroy };
  }
  // Planned before the batch opens: a batch holds back the styles the plan measures.
  const planned = !allLabels && cy.elements().length < MOST_PLANNED ? planStageLabels(cy, LABEL_PX.medium) : null;
  cy.startBatch();
  const bb = planned ?? cy.elements(":visible").boundingBox();
  const p = DRAWING_PADDING;
  const box =
    bb.w > 0 ? { x1: bb.x1 - p, y1: bb.y1 - p, w: bb.w + 2 * p, h: bb.h + 2 * p } : { x1: 0, y1: 0, w: 1, h: 1 };
  return { cy, box, zoom: 1, clip: false, destroy };
}

/** The node types and relations drawn in the stage, for the image's legend. */
export function drawnVocabulary(stage: Stage): { types: Set<string>; relations: Set<string> } {
  const { x1, y1, w, h } = stage.box;
  // In the view, only what the screen's edges leave in the picture counts.
  const visible = stage.cy.elements(":visible").filter((e) => {
    if (!stage.clip) return true;
    const bb = e.boundingBox({ includeLabels: false });
    return bb.x2 >= x1 && bb.x1 <= x1 + w && bb.y2 >= y1 && bb.y1 <= y1 + h;
  });
  return {
    types: new Set(visible.nodes().map((n) => String(n.data("type")))),
    relations: new Set(visible.edges().map((e) => String(e.data("relation")))),
  };
}
