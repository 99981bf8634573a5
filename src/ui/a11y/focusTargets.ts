/**
 * Moving keyboard focus between the app's big regions: the details title and the canvas.
 */
import { GRAPH_CANVAS_ID } from "../../model/view/canvasIds";

/** The list view's heading, focusable with tabindex="-1". */
export const LIST_TITLE_ID = "list-view-title";
/** The details panel's heading (node, edge or overview), focusable with tabindex="-1". */
const DETAILS_TITLE_ID = "details-title";

/** Focuses the details panel's heading, so a screen reader reads what was opened; false if there is none. */
export function focusDetails(): boolean {
  const title = document.getElementById(DETAILS_TITLE_ID);
  title?.focus();
  return title !== null && document.activeElement === title;
}

/** Focuses the canvas; false when it is not on screen (e.g. the reader replaces it on a phone). */
export function focusCanvas(): boolean {
  const canvas = document.getElementById(GRAPH_CANVAS_ID);
  if (!canvas || canvas.offsetParent === null) return false;
  canvas.focus();
  return document.activeElement === canvas;
}

/** Focuses the list view's heading; false when the list is closed. */
export function focusList(): boolean {
  const title = document.getElementById(LIST_TITLE_ID);
  title?.focus();
  return title !== null && document.activeElement === title;
}

/**
 * Focuses the list's entry of the selection, or its first entry, once the list has rendered: a reader who
 * opens the list wants to read it, not to Tab past two dozen controls to reach it. False when there is none.
 */
export async function focusListEntry(): Promise<boolean> {
  // The list loads and mounts after the click, its entries a commit or more later: look for a second.
  for (let frame = 0; frame < 60; frame++) {
    await new Promise((done) => requestAnimationFrame(done));
    const list = document.querySelector(".list-panel");
    const entry =
      list?.querySelector<HTMLElement>('.list-node-button[aria-current="true"]') ??
      list?.querySelector<HTMLElement>(".list-node-button");
    if (entry) {
      entry.focus();
      return document.activeElement === entry;
    }
  }
  return false;
}
