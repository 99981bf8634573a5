/** The DOM ids the canvas shares with the page: the skip link and focus moves aim at the canvas by its id. */

/** The focusable canvas's id, for the "Skip to graph" link and for returning focus to it. */
export const GRAPH_CANVAS_ID = "graph-canvas";
/** The hidden description the canvas's aria-describedby names. */
export const CANVAS_DESCRIPTION_ID = "graph-canvas-description";
