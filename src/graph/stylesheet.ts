/**
 * The Cytoscape stylesheet, built as JSON from our own vocabulary and appearance table only. Never pass text
 * from a model file to cy.style(): its parser has a catastrophic-backtracking comment pattern.
 */
import { NODE_METRICS } from "../model/geometry/labelBoxes";
import type { ThemeName } from "../look/theme";
import { NODE_TYPES } from "../model/brief/vocabulary";
import { FAMILY_LOOK, FAMILY_ORDER, NODE_LOOK, type RelationFamily } from "../look/appearance";
import { CANVAS_COLORS, DIMMED_TEXT_OPACITY, NODE_BORDER, type CanvasColors } from "../look/canvasTheme";
import { HIDDEN_CLASS } from "./camera/shownElements";
import { LABEL_HIDDEN_CLASS, LEAST_DRAWN_LABEL_PX, UNDRAWN_LABEL_FONT } from "../look/labels";

export interface StyleRule {
  selector: string;
  style: Record<string, string | number | readonly number[]>;
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

const base = (c: CanvasColors): StyleRule[] => [
  {
    selector: "node",
    style: {
      width: "data(size)",
      height: "data(size)",
      "border-width": 1.5,
      label: "data(label)",
      "font-family": FONT,
      "font-size": NODE_METRICS.fontSize,
      "line-height": NODE_METRICS.lineHeight,
      color: c.label,
      "text-valign": "bottom",
      "text-halign": "center",
      "text-margin-y": NODE_METRICS.labelGap,
      "text-wrap": "wrap",
      "text-max-width": `${NODE_METRICS.labelMaxWidth}px`,
      "text-background-color": c.labelPlate,
      "text-background-opacity": 0.85,
      "text-background-shape": "round-rectangle",
      "text-background-padding": "1px",
      // Below ~5 px on screen a label is noise; hiding it also keeps large graphs fast.
      "min-zoomed-font-size": 5,
    },
  },
  // Broken into lines for the canvas by LabelController, which decides where each line ends.
  { selector: "node[lines]", style: { label: "data(lines)" } },
  {
    selector: 'node[type = "recommendation"]',
    style: { "font-weight": "bold" },
  },
  {
    selector: "edge",
    style: {
      width: 1.5,
      "curve-style": "bezier",
      "line-color": c.edge,
      "target-arrow-color": c.edge,
      "target-arrow-shape": "triangle",
      "arrow-scale": 0.9,
      // No label by default: it shows at readable zoom, on hover and in the selection (state rules below).
      label: "",
      "font-family": FONT,
      "font-size": 10,
      color: c.edgeLabel,
      "text-rotation": "autorotate",
      "text-background-color": c.labelPlate,
      "text-background-opacity": 0.9,
      "text-background-padding": "1px",
    },
  },
];

const typeRules = (theme: ThemeName): StyleRule[] =>
  NODE_TYPES.map((type) => ({
    selector: `node[type = "${type}"]`,
    style: {
      shape: NODE_LOOK[type].shape,
      "background-color": NODE_LOOK[type].fill,
      "border-color": NODE_BORDER[theme][type],
    },
  }));

/** The selector of the edges of `family`, after the classes in `states`; the export legend looks a rule up by it. */
export const familySelector = (family: RelationFamily, states = "") => `edge${states}[family = "${family}"]`;

/**
 * One rule per relation family, matched on the edge's `family` (elements.ts): every relation of a family is
 * drawn alike. Cytoscape matches each rule's selector against every element it restyles, so 27 rules, one
 * per relation, cost that matching 27 times per edge, on every click that dims or emphasises them.
 */
const familyRules = (c: CanvasColors): StyleRule[] => [
  ...FAMILY_ORDER.map((family) => {
    const look = FAMILY_LOOK[family];
    const style: StyleRule["style"] = { "line-style": look.lineStyle };
    if (look.dash) style["line-dash-pattern"] = look.dash;
    if (look.double) {
      style.width = 3;
      style["line-color"] = c.background;
      style["line-outline-width"] = 1.2;
      style["line-outline-color"] = c.edge;
    }
    if (!look.arrow) style["target-arrow-shape"] = "none";
    return { selector: familySelector(family), style };
  }),
  // The meeting's logistics recede (the hub alone has 29 lines across the argument, elements.ts) until
  // emphasised; dimming, in the state rules after these, still wins. Not on big graphs: a line drawn faint
  // cannot be stroked with the others in one path (renderer/batchedLines.ts).
  { selector: "edge[?logistics]", style: { opacity: 0.3 } },
  { selector: "edge[?logistics].hover, edge[?logistics].emph, edge[?logistics].selected", style: { opacity: 1 } },
];

/**
 * For big graphs (bigGraph.ts), instead of the family rules and before the state rules: straight, solid,
 * single-line edges with no arrowheads (haystack draws no end arrows), and node labels only where the
 * level-of-detail rule gives them room (graph/labels/bigGraphLabels.ts). Solid matters most: a dashed line is cut into one path per dash, and with thousands of long edges
 * that alone more than doubled the time of every redraw at 5,000 nodes (measured in headless Chromium).
 * Edges also take no pointer events: Cytoscape hit-tests every interactive element, labels included, on each
 * mouse move, and 10,000 edges made every click and hover a long task; a node's details list its connections.
 */
const bigGraphRules = (c: CanvasColors): StyleRule[] => [
  // Only the labels the level-of-detail rule sizes are drawn (not an empty label: see bigGraphLabels.ts).
  { selector: "node", style: { "font-size": UNDRAWN_LABEL_FONT, "min-zoomed-font-size": LEAST_DRAWN_LABEL_PX } },
  {
    selector: "edge",
    style: {
      "curve-style": "haystack",
      "haystack-radius": 0,
      "line-style": "solid",
      events: "no",
      "target-arrow-shape": "none",
      width: 1,
      "line-color": c.edge,
      "line-outline-width": 0,
    },
  },
];

/**
 * For big graphs, after the state rules: a hover or a selection changes no element's drawing order. A new
 * z-index, or a label appearing on an edge, makes Cytoscape re-sort all elements by z-order before the next
 * frame (~150 ms for 60,000), on every hover and click. Emphasised lines widen and take the selection's
 * colour instead, which shows them among thousands of grey ones even where they pass under some; the details
 * panel names each connection's relation.
 */
const bigGraphStateRules = (c: CanvasColors): StyleRule[] => [
  { selector: "edge.hover, edge.emph, edge.selected", style: { label: "", "z-index": 0, "line-color": c.selection } },
  { selector: "node.selected", style: { "z-index": 0 } },
];

const stateRules = (c: CanvasColors): StyleRule[] => [
  { selector: `.${HIDDEN_CLASS}`, style: { display: "none" } },
  // Shapes fade; labels fade less, so they stay readable (≥ 4.5:1, see tests/unit/a11y/canvasContrast.test.ts).
  {
    selector: "node.dimmed",
    style: { "background-opacity": 0.25, "border-opacity": 0.25, "text-opacity": DIMMED_TEXT_OPACITY },
  },
  // A dimmed edge's label never shows: it would compete with the emphasised ones.
  { selector: "edge.dimmed", style: { opacity: 0.15, label: "" } },
  { selector: "edge.hover, edge.emph", style: { label: "data(label)", width: 2.5, "z-index": 10 } },
  // A mutual (hollow) line widens more: at 2.5 its outline would close over the background line inside it.
  { selector: `${familySelector("mutual", ".hover")}, ${familySelector("mutual", ".emph")}`, style: { width: 4 } },
  { selector: "node.hover", style: { "border-width": 3 } },
  {
    selector: "node.selected",
    // No bold here: Cytoscape keeps the wrapped label's old size and would clip a line that grows.
    // The halo marks the selection for keyboard users too: it is the canvas's focus indicator.
    style: {
      "border-width": 4,
      "border-color": c.selection,
      "underlay-color": c.selection,
      "underlay-opacity": 0.3,
      "underlay-padding": 6,
      "z-index": 20,
    },
  },
  {
    selector: "edge.selected",
    style: {
      width: 4,
      "line-color": c.selection,
      "target-arrow-color": c.selection,
      label: "data(label)",
      "z-index": 20,
    },
  },
  // Last, so it wins over every rule that shows a label: LabelController found no room for it.
  { selector: `.${LABEL_HIDDEN_CLASS}`, style: { label: "" } },
];

/** The whole stylesheet for a theme, with the fast rules when `big`; later rules win, so state rules come last. */
export function buildStylesheet(theme: ThemeName, big = false): StyleRule[] {
  const c = CANVAS_COLORS[theme];
  // The big-graph edge rule overrides everything a family rule sets; leaving those selectors out saves
  // matching them against each of thousands of edges while the graph is added.
  const edgeRules = big ? bigGraphRules(c) : familyRules(c);
  return [...base(c), ...typeRules(theme), ...edgeRules, ...stateRules(c), ...(big ? bigGraphStateRules(c) : [])];
}

/** The light theme's stylesheet. */
export const STYLESHEET: readonly StyleRule[] = buildStylesheet("light");

/** On an element of a two-theme stylesheet (withAlternateTheme), draws it in the alternate theme. */
export const ALTERNATE_THEME_CLASS = "alternate-theme";

/** `selector` narrowed to elements with `className`, in each part of a selector group. */
const withClass = (selector: string, className: string) =>
  selector
    .split(",")
    .map((part) => `${part.trim()}.${className}`)
    .join(", ");

/**
 * One stylesheet for two themes, so that a big graph changes theme by a class on its elements, chunk by chunk,
 * instead of by a new stylesheet: replacing it resets every element at once in Cytoscape, a ~300 ms task at
 * 20,000 nodes. Each rule of `primary` is followed by the same rule narrowed to ALTERNATE_THEME_CLASS, with
 * the values `alternate` gives differently. Later rules win, so an element with the class is styled exactly
 * as `alternate` alone would style it (tests/unit/graph/stylesheet.test.ts). The two must list the same
 * selectors in the same order, as buildStylesheet does for both themes.
 */
export function withAlternateTheme(primary: readonly StyleRule[], alternate: readonly StyleRule[]): StyleRule[] {
  if (primary.length !== alternate.length || primary.some((rule, i) => rule.selector !== alternate[i]!.selector))
    throw new Error("The two themes' stylesheets must list the same selectors in the same order.");
  return primary.flatMap((rule, i) => {
    const changed = Object.entries(alternate[i]!.style).filter(
      ([property, value]) => JSON.stringify(rule.style[property]) !== JSON.stringify(value),
    );
    return changed.length === 0
      ? [rule]
      : [rule, { selector: withClass(rule.selector, ALTERNATE_THEME_CLASS), style: Object.fromEntries(changed) }];
  });
}

/** A big graph's stylesheet: drawn in `theme`, and in the other one where elements have ALTERNATE_THEME_CLASS. */
export function bigGraphStylesheet(theme: ThemeName): StyleRule[] {
  return withAlternateTheme(buildStylesheet(theme, true), buildStylesheet(theme === "light" ? "dark" : "light", true));
}
