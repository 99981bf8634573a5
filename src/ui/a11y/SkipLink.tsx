/**
 * "Skip to graph": the first thing Tab reaches, shown only when focused. It focuses the canvas, or the list
 * view when the canvas is not on screen (a phone showing the list or the sources instead).
 */
import type { MouseEvent } from "react";
import { GRAPH_CANVAS_ID } from "../../model/view/canvasIds";
import { focusCanvas, focusList } from "./focusTargets";

function onClick(event: MouseEvent) {
  event.preventDefault();
  if (!focusCanvas()) focusList();
}

/** The skip link; the URL never changes, since #fragments would travel into copied links. */
export function SkipLink() {
  return (
    <a className="skip-link" href={`#${GRAPH_CANVAS_ID}`} onClick={onClick}>
      Skip to graph
    </a>
  );
}
