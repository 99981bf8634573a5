/** Carries out zoom, fit and centre commands, and keeps the canvas sized to its box. */
import { useEffect } from "react";
import { useGraphCommands, useStore } from "../../state/hooks";
import { prefersMotion, useCy } from "../CyContext";
import { fitShown } from "../camera/shownElements";
import { followContainerSize, measureContainer } from "../camera/containerSize";
import { currentCameraParam } from "../camera/linkedCamera";

const ZOOM_STEP = 1.3;
/** The zoom at which labels of a centred node and its edges are comfortably readable. */
const READING_ZOOM = 1.2;

/** Renders nothing; reacts to commands from GraphControls, search and the details panel. */
export function ViewportController({ big }: { big: boolean }) {
  const cy = useCy();
  const commands = useGraphCommands();
  const store = useStore();

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
          case "centre":
            // Once the selection that comes with it has been laid out: on a phone its details sheet takes most
            // of the canvas's height, and centring in the old height would leave the node below the new one.
            requestAnimationFrame(() => {
              const element = cy.destroyed() ? null : cy.getElementById(command.id);
              if (!element || element.empty()) return;
              followContainerSize(cy);
              const zoom = Math.max(cy.zoom(), READING_ZOOM);
              cy.animate({ center: { eles: element }, zoom }, { duration });
            });
            break;
          case "positions":
            command.respond(
              new Map(
                cy.nodes().map((n) => [n.id(), { x: Math.round(n.position("x")), y: Math.round(n.position("y")) }]),
              ),
            );
            break;
          case "camera":
            command.respond(currentCameraParam(cy));
            break;
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
    // Now that the page has settled around the canvas; for a big graph, inside its first frame, which is
    // still held (useStreamedElements).
    measureContainer(cy);
    // The box changes size when the reader opens, the window is resized, or a phone's details sheet opens.
    // The observer's first call only reports the size measured above; redrawing for it would cost a whole
    // frame, ~300 ms for a 20,000-node graph, and followContainerSize skips it.
    const observer = new ResizeObserver(() => {
      const selection = store.get().view.selection;
      followContainerSize(cy, selection ? cy.getElementById(selection.id) : cy.collection());
    });
    observer.observe(container);
    return () => observer.disconnect();
  }, [cy, store]);

  return null;
}
