/**
 * The level-of-detail rule for big graphs (model/query/graphSize.ts): the same rule as small graphs' (labels at
 * reading size, by priority and free space, none overlapping), at a cost that does not grow with the graph.
 * Small graphs restyle every node's label on each zoom and plan on every frame; with thousands of nodes that
 * would be most of each frame. Here:
 * - a node's label is too small to be drawn (stylesheet.ts) unless this sizes it, so Cytoscape draws only the
 *   few dozen shown. Not an empty label: a label that turns empty or back makes Cytoscape re-sort every
 *   element's drawing order, a long task at 20,000 nodes on every plan;
 * - only nodes in view are candidates, labels may cover shapes too small to read (DOT_PX), at most MOST_TRIED
 *   are tried and mostShown placed;
 * - a node's size, place and lines are set when it is shown, and kept for as long as the zoom is the same;
 * - the plan waits until the view has settled: while it moves, Cytoscape moves a snapshot of the canvas
 *   (textureOnViewport, bigGraph/settings.ts), labels and all, and the labels are planned again after: in the
 *   frame an animated move ends, or once a move by hand has rested;
 * - nodes are kept in priority order with their places, so a plan over thousands in view sorts nothing.
 */
import type { Core, EventObject, NodeCollection, NodeSingular } from "cytoscape";
import type { OwnedBox } from "../../model/geometry/boxGrid";
import { LABEL_PLACES, planLabels, type LabelCandidate, type LabelPlace } from "../../model/geometry/labelPlan";
import { HIDDEN_CLASS } from "../camera/shownElements";
import { canvasOverlays } from "../camera/canvasOverlays";
import { labelBoxesAround, labelLines, placeLabel, sizeLabels, type Measure } from "./nodeLabels";

/**
 * Labels shown at most in a view: about one per 110 px square, what sigma.js's label grid gives. Each label
 * Cytoscape draws at a new size costs it a texture, on the first frame after every zoom (docs/performance.md).
 */
export const mostShown = (width: number, height: number) => Math.max(20, Math.round((width * height) / 12_000));
/** Candidates tried per plan: when the view is crowded, later ones rarely find room and each costs a measure. */
export const MOST_TRIED = 1000;
/** How long the view must rest before its labels are planned again, ms. */
export const SETTLE_MS = 120;

/**
 * Shapes smaller than this on screen, px, are dots a label may cover: zoomed out over thousands of nodes, a
 * label that had to clear every dot would find no room at all, and the overview would have no landmarks.
 */
export const DOT_PX = 8;

/** Classes that put a node's label ahead of the priority order, in this order. */
const STATE_CLASSES = ["selected", "emph", "hover"] as const;

/** Where `node` comes among STATE_CLASSES: before the order, or after them all. Asked of every node in view. */
function lead(node: NodeSingular): number {
  for (let i = 0; i < STATE_CLASSES.length; i++) if (node.hasClass(STATE_CLASSES[i]!)) return i;
  return STATE_CLASSES.length;
}

interface InView {
  node: NodeSingular;
  x: number;
  y: number;
  half: number;
  rank: number;
}

/**
 * A node as the plan reads it: its rank, its place, and half its shape's width at zoom 1 (a big graph's sizes
 * are fixed). Its place is kept up to date as it moves: reading 20,000 places from Cytoscape took a few ms.
 */
interface Ranked {
  node: NodeSingular;
  rank: number;
  half: number;
  x: number;
  y: number;
}

/**
 * Keeps the labels of a big graph in `cy` at `px` on screen, offering room in `order` (node ids, highest
 * priority first) after the selection, its neighbours and the hovered node. Returns the undo.
 */
export function startBigGraphLabels(cy: Core, order: readonly string[], px: number, measure: Measure): () => void {
  const rank = new Map(order.map((id, i) => [id, i]));
  const lines = new Map<string, string[]>();
  // Each shown node's place and the zoom its size was set for.
  const shown = new Map<string, { place: LabelPlace; zoom: number }>();
  let nodes: NodeCollection = cy.nodes();
  // Every node in priority order, read once per set of elements: a plan then needs no sort, and no style
  // lookup per node, over thousands of nodes in view.
  let byRank: Ranked[] | null = null;
  let inView: InView[] | null = null;
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let applying = false;
  // Whether the view is moving under an animation (Fit, the zoom buttons, a click's framing), not the reader's hand.
  let animating = false;

  // The same entries by node id, to follow a node that moves.
  const byId = new Map<string, Ranked>();
  const rankNodes = (): Ranked[] => {
    byId.clear();
    const ranked = nodes
      .map((node) => {
        const { x, y } = node.position();
        const entry = { node, rank: rank.get(node.id()) ?? order.length, half: node.outerWidth() / 2, x, y };
        byId.set(node.id(), entry);
        return entry;
      })
      .toSorted((a, b) => a.rank - b.rank);
    return ranked;
  };

  /** The nodes drawn in the view now, in priority order, with their shapes on screen, read once per view. */
  const findInView = (): InView[] => {
    const zoom = cy.zoom();
    const pan = cy.pan();
    const [width, height] = [cy.width(), cy.height()];
    const found: InView[] = [];
    for (const { node, rank: nodeRank, half: halfAt1, x: atX, y: atY } of (byRank ??= rankNodes())) {
      const [x, y] = [atX * zoom + pan.x, atY * zoom + pan.y];
      const half = halfAt1 * zoom;
      if (x + half < 0 || y + half < 0 || x - half > width || y - half > height) continue;
      found.push({ node, x, y, half, rank: nodeRank });
    }
    return found;
  };

  const plan = () => {
    frame = 0;
    if (cy.destroyed()) return;
    inView ??= findInView();
    const zoom = cy.zoom();
    // In view in priority order already: only the few nodes a state puts first need sorting.
    const leaders: Array<{ entry: InView; lead: number }> = [];
    const rest: Array<{ entry: InView }> = [];
    const blocked: OwnedBox[] = [];
    for (const entry of inView) {
      const { node, x, y, half } = entry;
      if (node.hasClass(HIDDEN_CLASS)) continue;
      if (2 * half >= DOT_PX)
        blocked.push({ x1: x - half, y1: y - half, x2: x + half, y2: y + half, owner: node.id() });
      const first = lead(node);
      if (first < STATE_CLASSES.length) leaders.push({ entry, lead: first });
      else if (rest.length < MOST_TRIED) rest.push({ entry });
    }
    const ranked = [...leaders.toSorted((a, b) => a.lead - b.lead || a.entry.rank - b.entry.rank), ...rest].slice(
      0,
      MOST_TRIED,
    );
    blocked.push(...canvasOverlays(cy));
    // Lazily: a candidate's lines are measured only when it is tried.
    function* candidates(): Generator<LabelCandidate> {
      for (const { entry } of ranked) {
        const id = entry.node.id();
        let text = lines.get(id);
        if (!text) lines.set(id, (text = labelLines(entry.node, px, measure)));
        yield { id, boxes: labelBoxesAround(entry.node, text, entry, entry.half, px, measure) };
      }
    }
    const placed = planLabels(candidates(), blocked, cy.width(), cy.height(), {
      most: mostShown(cy.width(), cy.height()),
    });
    applying = true;
    try {
      cy.batch(() => {
        for (const id of shown.keys())
          if (!placed.has(id)) {
            cy.getElementById(id).removeStyle("font-size");
            shown.delete(id);
          }
        for (const [id, label] of placed) {
          const node = cy.getElementById(id) as NodeSingular;
          const place = LABEL_PLACES[label.choice]!;
          const was = shown.get(id);
          if (was?.zoom === zoom && was.place === place) continue;
          const text = lines.get(id)!.join("\n");
          if (node.data("lines") !== text) node.data("lines", text);
          if (was?.zoom !== zoom) sizeLabels(node, px, px, zoom);
          placeLabel(node, place, zoom);
          shown.set(id, { place, zoom });
        }
      });
    } finally {
      applying = false;
    }
  };

  // Selection, hover and filters change classes: plan again next frame over the same view.
  const onClass = () => {
    if (!applying && frame === 0 && timer === undefined) frame = requestAnimationFrame(plan);
  };
  // The view, the positions or the elements changed: find what is in view again once they rest.
  const onMove = () => {
    inView = null;
    animating = cy.animated();
    cancelAnimationFrame(frame);
    frame = 0;
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      plan();
    }, SETTLE_MS);
  };
  // An animated move has a known end: plan in the frame it ends, before Cytoscape draws it, so the graph is
  // redrawn once with its new labels rather than once at the end and again when the plan lands. Cytoscape
  // steps animations before each draw and says so ("step"); a move by hand has no end but the rest.
  const onStep = () => {
    if (!animating || timer === undefined || cy.animated()) return;
    animating = false;
    clearTimeout(timer);
    timer = undefined;
    plan();
  };
  // A node moved (dragged, laid out): its kept place follows.
  const onPosition = (event: EventObject) => {
    const node = event.target as NodeSingular;
    const entry = byId.get(node.id());
    if (entry) ({ x: entry.x, y: entry.y } = node.position());
    onMove();
  };
  const onElements = () => {
    nodes = cy.nodes();
    byRank = null;
    onMove();
  };
  plan();
  cy.on("viewport resize", onMove);
  cy.on("position", "node", onPosition);
  cy.on("add remove", onElements);
  cy.on("class", "node", onClass);
  cy.on("step", onStep);
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    cy.off("viewport resize", onMove);
    cy.off("position", "node", onPosition);
    cy.off("add remove", onElements);
    cy.off("class", "node", onClass);
    cy.off("step", onStep);
    if (!cy.destroyed())
      cy.batch(() => {
        for (const id of shown.keys()) cy.getElementById(id).removeStyle();
      });
  };
}
