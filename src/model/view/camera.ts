/**
 * The camera a link can carry: zoom and the point of the graph at the middle of the view, in the model's own
 * coordinates, so the link frames the same part of the graph on any screen. Written only by "Copy link"
 * (`camera=1.25,710,628`), read once when the link is opened.
 */
import type { Viewport } from "../geometry/framing";

export interface Camera {
  zoom: number;
  /** The model point at the middle of the view. */
  x: number;
  y: number;
}

const NUMBER = /^-?\d{1,7}(\.\d{1,4})?$/;

/** The camera a query string names, or null (also for a malformed one, which the view check reports). */
export function parseCamera(search: string): Camera | null {
  const raw = new URLSearchParams(search).get("camera");
  const parts = raw?.split(",") ?? [];
  if (parts.length !== 3 || !parts.every((p) => NUMBER.test(p))) return null;
  const [zoom, x, y] = parts.map(Number) as [number, number, number];
  return zoom > 0 ? { zoom, x, y } : null;
}

/** `camera=` for the view with this zoom and pan on a canvas of this size. */
export function cameraParam(viewport: Viewport, width: number, height: number): string {
  const x = (width / 2 - viewport.pan.x) / viewport.zoom;
  const y = (height / 2 - viewport.pan.y) / viewport.zoom;
  return `camera=${[viewport.zoom.toFixed(3), x.toFixed(1), y.toFixed(1)].map((n) => n.replace(/\.?0+$/, "") || "0").join(",")}`;
}

/** The viewport that puts `camera` at the middle of a canvas of this size. */
export function cameraViewport(camera: Camera, width: number, height: number): Viewport {
  return { zoom: camera.zoom, pan: { x: width / 2 - camera.x * camera.zoom, y: height / 2 - camera.y * camera.zoom } };
}
