/** Carries out zoom, fit and centre commands, and keeps the canvas sized to its box. */
import { useEffect } from "react";
import { useGraphCommands } from "../../state/hooks";
import { prefersMotion, useCy } from "../CyContext";
import { fitShown } from "../shownElements";

const ZOOM_STEP = 1.3;
/** The zoom at which labels of a centred node and its edges are comfortably readable. */
const READING_ZOOM = 1.2;

/** Renders nothing; reacts to commands from GraphControls, search and the details panel. */
export function ViewportController({ big }: { big: boolean }) {
  const cy = useCy();
  const commands = useGraphCommands();

  useEffect(
    () =>
      commands.listen((command) => {
        if (cy.destroyed()) return;
        const duration = prefersMotion() ? 300 : 0;
        const centre = { x: cy.width() / 2, y: cy.height() / 2 };
        switch (command.type) {
          case "zoom-in":
          case "zoom-out": {
            const level = cy.zoom() * (command.type === "zoom-in" ? ZOOM_STEP : 1 / ZOOM_STEP);
            cy.animate({ zoom: { level, renderedPosition: centre } }, { duration });
            break;
          }
          case "fit":
            fitShown(cy, { big, duration });
            break;
          case "centre": {
            const element = cy.getElementById(command.id);
            if (element.empty()) return;
            const zoom = Math.max(cy.zoom(), READING_ZOOM);
            cy.animate({ center: { eles: element }, zoom }, { duration });
            break;
          }
          case "reset":
            // The layout controller restores positions; it fits when done.
            break;
        }
      }),
    [cy, commands, big],
  );

  useEffect(() => {
    const container = cy.container();
    if (!container || typeof ResizeObserver === "undefined") return;
    // react-cytoscapejs never notices its box changing size (reader opened, window resized). Keep what was
    // in the middle in the middle; a hidden (0 × 0) canvas keeps its last real size.
    let last = { w: container.clientWidth, h: container.clientHeight };
    // Cytoscape keeps the container's place on the page from when it was created, and maps the mouse with it;
    // the page has settled around the canvas since. A resize makes it measure again (for a big graph, inside
    // the first frame, which is still held: useStreamedElements).
    cy.resize();
    const observer = new ResizeObserver(() => {
      const now = { w: container.clientWidth, h: container.clientHeight };
      // The first call only reports the size measured above: redrawing for it cost a whole frame, ~300 ms
      // for a 20,000-node graph.
      if (cy.destroyed() || now.w === 0 || now.h === 0 || (now.w === last.w && now.h === last.h)) return;
      cy.resize();
      cy.panBy({ x: (now.w - last.w) / 2, y: (now.h - last.h) / 2 });
      last = now;
    });
    observer.observe(container);
    return () => observer.disconnect();
  }, [cy]);

  return null;
}
