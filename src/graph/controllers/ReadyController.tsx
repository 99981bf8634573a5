/** Reports the first frame drawn with the graph: the app's ready signal. */
import { useEffect } from "react";
import { useViewActions } from "../../state/hooks";
import { useCy } from "../CyContext";

/** Renders nothing; marks the canvas ready once Cytoscape has rendered. */
export function ReadyController() {
  const cy = useCy();
  const { canvasReady } = useViewActions();
  useEffect(() => {
    const onRender = () => {
      // The benchmark times navigation (or opening a file) to this first frame.
      performance.mark("briefgraph:painted");
      canvasReady();
    };
    cy.one("render", onRender);
    // A big graph was drawn chunk by chunk before this mounted: ask for the frame that says it is complete.
    cy.forceRender();
    return () => {
      cy.off("render", onRender);
    };
  }, [cy, canvasReady]);
  return null;
}
