/**
 * What an image export is asked to draw, and the limits a browser can draw. Pure data shared by the dialog
 * (src/ui/export) and the renderer (src/graph/export), which talk through the canvas command bus.
 */

export type ImageFormat = "png" | "svg";
/** The viewport as on screen; everything; or what the filters and focus leave visible, whole. */
export type ExportScope = "view" | "whole" | "filtered";
export type ExportBackground = "white" | "transparent" | "dark";

export interface ImageRequest {
  format: ImageFormat;
  scope: ExportScope;
  /** PNG only: pixels per CSS pixel of the drawing at zoom 1 (or of the screen, for the view), 1 to 4. */
  scale: number;
  background: ExportBackground;
  /** Drawn above the graph when not null. */
  title: string | null;
  legend: boolean;
  /** Drawn under the graph when not null ("Source: IPI Meeting Brief, 24 February 2017"). */
  sourceLine: string | null;
  /**
   * The whole graph with every label, as Cytoscape sizes them, even where they overlap; otherwise only the
   * labels that fit at the image's size (graph/export/stageLabels.ts). The view is drawn as on screen either way.
   */
  allLabels: boolean;
}

export interface ImageResult {
  blob: Blob;
  /** Size of the image in pixels (SVG: its user units). */
  width: number;
  height: number;
  /** The scale actually used; lower than asked when the browser could not draw the image that large. */
  scale: number;
  clamped: boolean;
}

export const MIN_SCALE = 1;
export const MAX_SCALE = 4;

/**
 * Chromium draws at most 16384 px a side and about 268 M px in all, Firefox and Safari less; past that they
 * produce a blank image without an error. We stay well inside: 16384 a side and 100 M px.
 */
export const CANVAS_LIMITS = { side: 16_384, area: 100_000_000 } as const;

/** The largest scale ≤ `wanted` at which a `width` × `height` (scale 1) image fits the canvas limits. */
export function clampScale(width: number, height: number, wanted: number): { scale: number; clamped: boolean } {
  const asked = Math.min(MAX_SCALE, Math.max(MIN_SCALE, wanted));
  const w = Math.max(1, width);
  const h = Math.max(1, height);
  const fits = Math.min(CANVAS_LIMITS.side / w, CANVAS_LIMITS.side / h, Math.sqrt(CANVAS_LIMITS.area / (w * h)));
  if (asked <= fits) return { scale: asked, clamped: false };
  // Rounded down to a hundredth so the rounded-up pixel size still fits.
  return { scale: Math.max(0.01, Math.floor(fits * 100) / 100), clamped: true };
}

/** The pixel size of a `width` × `height` layout drawn at `scale`. */
export function pixelSize(width: number, height: number, scale: number): { width: number; height: number } {
  return { width: Math.ceil(width * scale), height: Math.ceil(height * scale) };
}
