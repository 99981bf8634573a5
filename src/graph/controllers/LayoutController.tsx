/**
 * Runs the layout the view names. At start-up with shipped positions it runs nothing and only fits the view;
 * later changes animate unless the reader prefers reduced motion. "Reset view" re-runs the shipped layout.
 */
import { useCallback, useEffect, useRef } from "react";
import type { Core, Layouts, NodeSingular } from "cytoscape";
import type { LayoutName } from "../../model/view/viewState";
import type { GraphModel } from "../../model/brief/schema";
import { useGraphCommands, useLayoutName } from "../../state/hooks";
import { prefersMotion, useCy } from "../CyContext";
import { hasShippedPositions } from "../elements";
import { layoutOptions, restoreShippedPositions, splitForPreset } from "../layout/layouts";
import { LAYOUT_SEED, withSeed } from "../layout/seeded";
import { fitShown, shownFraming } from "../camera/shownElements";
import { framing, type Viewport } from "../../model/geometry/framing";
import { layoutInEffect } from "../../model/layout/layoutLimits";
import { openingViewport } from "../../model/geometry/openingView";
import { applyCamera, linkedCamera } from "../camera/linkedCamera";
import type { Camera } from "../../model/view/camera";

const PADDING = 30;
/** Below this width a canvas (a phone's) cannot show a whole brief at a size its labels can be read. */
const NARROW_CANVAS = 600;

/**
 * What a narrow canvas opens on: the recommendations, the heart of a brief, at a size their labels can be read;
 * Fit and 0 still show everything.
 */
const readableOnNarrow = (node: NodeSingular) => node.data("type") === "recommendation";

/**
 * The least zoom a layout other than the curated one opens at: fitting a ring or a tree of the whole brief
 * leaves its labels no room. Below it, the view centres on the recommendations at this zoom instead; Fit still
 * shows everything.
 */
const LEAST_LAYOUT_ZOOM = 0.6;

/**
 * The view a layout other than the curated one opens at, when fitting it all (`fit`) would show it too small
 * to read: LEAST_LAYOUT_ZOOM around the recommendations. Null when the fit can be read.
 */
function readableAround(cy: Core, fit: Viewport | null): Viewport | null {
  if (!fit || fit.zoom >= LEAST_LAYOUT_ZOOM) return null;
  const recommendations = cy.nodes().filter(readableOnNarrow);
  const around = (recommendations.empty() ? cy.nodes() : recommendations).boundingBox({ includeLabels: false });
  return framing(around, cy.width(), cy.height(), 0, () => LEAST_LAYOUT_ZOOM);
}

interface LayoutControllerProps {
  model: GraphModel;
  /** Frame the graph at reading size around its middle (a big graph, see openingView.ts), not all of it. */
  readingView: boolean;
}

/** Renders nothing; positions the nodes. */
export function LayoutController({ model, readingView }: LayoutControllerProps) {
  const cy = useCy();
  // A link may name another layout for a big graph; it keeps its own positions (model/layoutLimits.ts).
  const layout = layoutInEffect(useLayoutName(), model.nodes.length);
  const commands = useGraphCommands();
  const lastRun = useRef<LayoutName | null>(null);
  const running = useRef<Layouts | null>(null);
  // A link's camera, applied when the first layout stops instead of the layout's own framing.
  const openingCamera = useRef<Camera | null>(null);

  const fitVisible = useCallback(
    (animate: boolean, opening = false) => {
      // A big graph is framed at reading size: fitting thousands of nodes makes every frame repaint them all.
      if (readingView) {
        const positions = cy.nodes().map((n) => n.position());
        cy.viewport(openingViewport(positions, cy.width(), cy.height(), { padding: PADDING }));
        return;
      }
      const only = opening && cy.width() < NARROW_CANVAS ? { only: readableOnNarrow } : {};
      fitShown(cy, { big: false, duration: animate ? 300 : 0, padding: PADDING, ...only });
    },
    [cy, readingView],
  );

  const run = useCallback(
    async (name: LayoutName, animate: boolean) => {
      // A big graph only ever shows the shipped layout: putting back what was dragged is all a reset does.
      if (name === "shipped" && readingView && hasShippedPositions(model)) {
        running.current?.stop();
        running.current = null;
        restoreShippedPositions(cy, model);
        fitVisible(animate);
        return;
      }
      const options = await layoutOptions(name, cy, model, animate);
      if (cy.destroyed()) return;
      running.current?.stop();
      // All elements, hidden ones too, so showing them again later puts them somewhere sensible.
      // Animating thousands of nodes back to their places would stall every frame on a big graph.
      const settle = readingView ? { animate: false } : {};
      const { eles, placeApart } = splitForPreset(cy, options);
      const next = eles.layout({ ...options, ...settle, fit: false } as typeof options);
      running.current = next;
      next.one("layoutstop", () => {
        if (running.current !== next || cy.destroyed()) return;
        if (openingCamera.current) {
          applyCamera(cy, openingCamera.current);
          openingCamera.current = null;
          return;
        }
        const readable =
          !readingView && name !== "shipped"
            ? readableAround(cy, shownFraming(cy, { big: false, padding: PADDING }))
            : null;
        if (!readable) fitVisible(animate);
        else if (animate) cy.animate(readable, { duration: 300 });
        else cy.viewport(readable);
      });
      // Seeded, so a shared `layout=force` link draws the same picture after every reload.
      withSeed(LAYOUT_SEED, () => next.run());
      placeApart(animate && !readingView, 600);
    },
    [cy, model, fitVisible, readingView],
  );

  useEffect(() => {
    if (lastRun.current === layout) return;
    const first = lastRun.current === null;
    lastRun.current = layout;
    // A link's camera (Copy link) replaces the opening view, once the nodes are where the link saw them.
    const camera = first ? linkedCamera() : null;
    if (first && layout === "shipped" && hasShippedPositions(model)) {
      if (camera) applyCamera(cy, camera);
      else fitVisible(false, true);
    } else {
      openingCamera.current = camera;
      void run(layout, !first && prefersMotion());
    }
  }, [cy, layout, model, run, fitVisible]);

  useEffect(
    () =>
      commands.listen((command) => {
        if (command.type !== "reset") return;
        lastRun.current = "shipped";
        void run("shipped", prefersMotion());
      }),
    [commands, run],
  );

  useEffect(() => () => void running.current?.stop(), []);

  return null;
}
