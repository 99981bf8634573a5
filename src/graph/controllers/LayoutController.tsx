/**
 * Runs the layout the view names. At start-up with shipped positions it runs nothing and only fits the view;
 * later changes animate unless the reader prefers reduced motion. "Reset view" re-runs the shipped layout.
 */
import { useCallback, useEffect, useRef } from "react";
import type { Layouts } from "cytoscape";
import type { LayoutName } from "../../model/view/viewState";
import type { GraphModel } from "../../model/brief/schema";
import { useGraphCommands, useLayoutName } from "../../state/hooks";
import { prefersMotion, useCy } from "../CyContext";
import { hasShippedPositions } from "../elements";
import { layoutOptions, restoreShippedPositions } from "../layout/layouts";
import { fitShown } from "../camera/shownElements";
import { layoutInEffect } from "../../model/layout/layoutLimits";
import { openingViewport } from "../../model/geometry/openingView";

const PADDING = 30;

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

  const fitVisible = useCallback(
    (animate: boolean) => {
      // A big graph is framed at reading size: fitting thousands of nodes makes every frame repaint them all.
      if (readingView) {
        const positions = cy.nodes().map((n) => n.position());
        cy.viewport(openingViewport(positions, cy.width(), cy.height(), { padding: PADDING }));
        return;
      }
      fitShown(cy, { big: false, duration: animate ? 300 : 0, padding: PADDING });
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
      const next = cy.elements().layout({ ...options, ...settle, fit: false } as typeof options);
      running.current = next;
      next.one("layoutstop", () => {
        if (running.current === next && !cy.destroyed()) fitVisible(animate);
      });
      next.run();
    },
    [cy, model, fitVisible, readingView],
  );

  useEffect(() => {
    if (lastRun.current === layout) return;
    const first = lastRun.current === null;
    lastRun.current = layout;
    if (first && layout === "shipped" && hasShippedPositions(model)) fitVisible(false);
    else void run(layout, !first && prefersMotion());
  }, [layout, model, run, fitVisible]);

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
