/**
 * Selection both ways: taps on the canvas select in the store; the store's selection is drawn on the canvas
 * with its neighbourhood emphasised and everything else dimmed.
 */
import { useEffect, useRef } from "react";
import type { Collection, Core, EventObject, SingularElementReturnValue } from "cytoscape";
import { useAppState, useSelectionActions, useSelection } from "../../state/hooks";
import { followContainerSize } from "../camera/containerSize";
import { framing } from "../../model/geometry/framing";
import { prefersMotion, useCy } from "../CyContext";
import { afterNextFrame } from "../../state/afterNextFrame";
import { linkedCamera } from "../camera/linkedCamera";

const MAX_OPENING_ZOOM = 1.5;
/** Below this zoom a link's neighbourhood is too crowded for its labels (and a big graph's are drawn under 8 px). */
const MIN_OPENING_ZOOM = 0.75;

/**
 * Frames `selected` with its neighbourhood `near`, at a zoom where the labels can be read: a hub's
 * neighbourhood on a phone would otherwise open at a quarter of their size. Then it centres on `selected` and
 * leaves the farther neighbours out of view.
 */
function fitAround(cy: Core, selected: Collection, near: Collection): void {
  if (near.empty()) return;
  cy.fit(near, 40);
  if (cy.zoom() > MAX_OPENING_ZOOM) {
    cy.zoom(MAX_OPENING_ZOOM);
    cy.center(near);
  } else if (cy.zoom() < MIN_OPENING_ZOOM) {
    cy.zoom(MIN_OPENING_ZOOM);
    cy.center(selected);
  }
}

/** The most a tap zooms in to bring a neighbourhood to reading size. */
const MAX_TAP_ZOOM = 1.25;
/**
 * The least a tap zooms out to show a neighbourhood whole. Labels keep their size at any zoom and the
 * neighbours' come first, so a wider frame costs room only; below this the shapes are too small to tell apart.
 */
const MIN_TAP_ZOOM = 0.3;

/**
 * Brings a node tapped on the canvas and its neighbours to reading size: the view frames them (animated
 * unless the reader asked for reduced motion) when that means zooming in, so their labels find room, or when
 * some of them are out of view, zooming out as far as MIN_TAP_ZOOM to show them all. A neighbourhood already
 * in view that zooming in would not help stays where it is.
 */
function frameNeighbourhood(cy: Core, selected: Collection, near: Collection): void {
  // The meeting's logistics (the conversation that made every recommendation) would stretch the frame across
  // the whole brief: they are left out unless they are what was tapped.
  frameAround(
    cy,
    selected,
    near.filter((ele) => ele.isNode() && (ele.same(selected) || !ele.data("logistics"))),
  );
}

/**
 * The least zoom that frames a connection's paths: they run across the brief, and a path partly out of view
 * tells nothing. Labels keep their size at any zoom, and the path's own come first.
 */
const MIN_PATH_ZOOM = 0.12;

/**
 * Frames `shown` at reading size (see frameNeighbourhood), zooming out as far as `least`; around `selected`
 * when even that cannot show them all.
 */
function frameAround(cy: Core, selected: Collection, shown: Collection, least = MIN_TAP_ZOOM): void {
  const box = shown.boundingBox({ includeLabels: false });
  const now = cy.zoom();
  // 120 px around the shapes, for labels drawn beside them.
  const framed = framing(box, cy.width(), cy.height(), 120, (fit) => Math.min(MAX_TAP_ZOOM, Math.max(least, fit)));
  if (framed.zoom <= now && inView(cy, box)) return;
  // Too wide to show whole even at the least zoom: around the tapped node, not the middle of its neighbours.
  const centre = selected.boundingBox({ includeLabels: false });
  const x = ((centre.x1 + centre.x2) / 2) * framed.zoom + framed.pan.x;
  const y = ((centre.y1 + centre.y2) / 2) * framed.zoom + framed.pan.y;
  const viewport =
    x >= 0 && y >= 0 && x <= cy.width() && y <= cy.height()
      ? framed
      : framing(centre, cy.width(), cy.height(), 0, () => framed.zoom);
  // From the frame after the click's: the details paint at once, and the camera move (which re-plans every
  // label at each new zoom) follows.
  void afterNextFrame().then(() => {
    if (cy.destroyed()) return;
    if (prefersMotion()) cy.stop(true).animate(viewport, { duration: 300 });
    else cy.viewport(viewport);
  });
}

/** Whether `box` (model units) lies wholly in the view. */
function inView(cy: Core, box: { x1: number; y1: number; x2: number; y2: number }): boolean {
  const view = cy.extent();
  return box.x1 >= view.x1 && box.x2 <= view.x2 && box.y1 >= view.y1 && box.y2 <= view.y2;
}

/**
 * Dims every element but those in `near` (all are undimmed when it is null), changing only those whose state
 * changes; `dimmed` holds the ids dimmed now and is kept up to date. Done with plain id sets: the collections'
 * own `not` and `difference` over the brief's 230 elements took 1.3 ms a click warmed up (0.07 ms this way),
 * and ~8 ms were sampled in them on an early click.
 */
function moveDimmed(cy: Core, dimmed: Set<string>, near: ReadonlySet<string> | null): void {
  const dim: SingularElementReturnValue[] = [];
  const undim: SingularElementReturnValue[] = [];
  for (const element of cy.elements()) {
    const id = element.id();
    const wanted = near !== null && !near.has(id);
    if (wanted === dimmed.has(id)) continue;
    if (wanted) {
      dim.push(element);
      dimmed.add(id);
    } else {
      undim.push(element);
      dimmed.delete(id);
    }
  }
  // cy.collection takes an array of elements too (Cytoscape's documentation); its typings leave that out.
  cy.collection(dim as unknown as Collection).addClass("dimmed");
  cy.collection(undim as unknown as Collection).removeClass("dimmed");
}

/** The elements of `cy` with these ids, those it has. */
function collect(cy: Core, ids: readonly string[]): Collection {
  const found = ids.map((id) => cy.getElementById(id)).filter((ele) => ele.nonempty());
  // cy.collection takes an array of elements too (Cytoscape's documentation); its typings leave that out.
  return cy.collection(found as unknown as Collection);
}

/** Renders nothing; keeps canvas and store selection in step. */
export function SelectionController({ big }: { big: boolean }) {
  const cy = useCy();
  const selection = useSelection();
  const paths = useAppState((s) => s.pathHighlight);
  const { select } = useSelectionActions();
  // Set by a tap on a node, for the selection it makes: that one is brought to reading size.
  const tapped = useRef<string | null>(null);

  useEffect(() => {
    const onTap = (event: EventObject) => {
      const target = event.target as { isNode?: () => boolean; isEdge?: () => boolean; id?: () => string };
      tapped.current = target !== cy && target.isNode?.() ? target.id!() : null;
      if (target === cy) select(null);
      else if (target.isNode?.()) select({ kind: "node", id: target.id!() });
      else if (target.isEdge?.()) select({ kind: "edge", id: target.id!() });
    };
    cy.on("tap", onTap);
    return () => {
      cy.off("tap", onTap);
    };
  }, [cy, select]);

  const first = useRef(true);
  // What carries each class now, kept here rather than found with a selector: on a big graph a selector
  // scans every element, three times per click.
  const marked = useRef({ cy, classes: new Map<string, Collection>(), dimmed: new Set<string>() });
  useEffect(() => {
    if (cy.destroyed()) return;
    const wasFirst = first.current;
    first.current = false;
    const element = selection ? cy.getElementById(selection.id) : cy.collection();
    // A connection shows its paths instead of the neighbourhood (ui/details/ConnectionView.tsx finds them).
    const onPaths = paths !== null && !element.empty();
    const near = element.empty()
      ? cy.collection()
      : onPaths
        ? collect(cy, [...paths.nodes, ...paths.edges]).union(element)
        : selection?.kind === "node"
          ? element.closedNeighborhood()
          : element.union(element.connectedNodes());
    // Each class moves only where it changes: taking every class off and putting it back restyled (and
    // re-rendered the textures of) every element on each click: about a fifth of a click's time here.
    if (marked.current.cy !== cy) marked.current = { cy, classes: new Map(), dimmed: new Set() };
    const { classes, dimmed } = marked.current;
    const moveClass = (className: string, next: Collection) => {
      const now = classes.get(className) ?? cy.collection();
      now.difference(next).removeClass(className);
      next.difference(now).addClass(className);
      classes.set(className, next);
    };
    // On a big graph, dimming thousands of elements costs a long task per click; the emphasis suffices.
    const dim = !near.empty() && !big;
    cy.batch(() => {
      moveClass("selected", element);
      moveClass("emph", near);
      if (dim || dimmed.size > 0) moveDimmed(cy, dimmed, dim ? new Set(near.map((e) => e.id())) : null);
    });
    if (element.empty()) return;
    // In the size the canvas has now: on a phone, the details sheet opening with this selection has just
    // taken most of its height, and the ResizeObserver has not said so yet.
    followContainerSize(cy);
    // A shared link opens on its selection in context; later, an off-screen selection (Back, the reader)
    // is brought into view. Selections made on the canvas are on screen already and stay put.
    const wasTapped = tapped.current !== null && tapped.current === selection?.id;
    tapped.current = null;
    if (onPaths)
      frameAround(
        cy,
        element,
        near.filter((ele) => ele.isNode() && ele.visible()),
        MIN_PATH_ZOOM,
      );
    // A link that names its camera frames itself (LayoutController).
    else if (wasFirst && !linkedCamera()) fitAround(cy, element, near.filter(":visible"));
    else if (wasTapped && !big) frameNeighbourhood(cy, element, near.filter(":visible"));
    else if (!inView(cy, element.boundingBox()))
      cy.animate({ center: { eles: element } }, { duration: prefersMotion() ? 300 : 0 });
  }, [cy, selection, paths, big]);

  return null;
}
