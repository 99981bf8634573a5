/** The camera the page's link names (model/view/camera.ts), applied once, in place of the opening view. */
import type { Core } from "cytoscape";
import { cameraParam, cameraViewport, parseCamera, type Camera } from "../../model/view/camera";

/** The camera in the page's address, if any. */
export const linkedCamera = (): Camera | null => parseCamera(window.location.search);

/** Puts `camera` at the middle of `cy`'s canvas. */
export function applyCamera(cy: Core, camera: Camera): void {
  cy.viewport(cameraViewport(camera, cy.width(), cy.height()));
}

/** `camera=` for what `cy` shows now. */
export const currentCameraParam = (cy: Core): string =>
  cameraParam({ zoom: cy.zoom(), pan: cy.pan() }, cy.width(), cy.height());
