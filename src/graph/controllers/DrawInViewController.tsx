/** On a big graph, makes each frame draw only the elements near the view (drawInView.ts). */
import { useEffect } from "react";
import { useCy } from "../CyContext";
import { drawOnlyNearTheView } from "../drawInView";

/** Renders nothing; mounted only for big graphs, before the first frame of the whole graph is drawn. */
export function DrawInViewController() {
  const cy = useCy();
  useEffect(() => drawOnlyNearTheView(cy), [cy]);
  return null;
}
