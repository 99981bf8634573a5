/**
 * How labels read on the canvas: a constant size on screen at every zoom (graph/controllers/LabelController.tsx
 * draws them so, and decides which fit), in the size the reader picks.
 */

export const LABEL_SIZES = ["small", "medium", "large"] as const;
export type LabelSize = (typeof LABEL_SIZES)[number];

/** Node labels' size on screen, px: 12 px is the least the first view must show (issue 21). */
export const LABEL_PX: Record<LabelSize, number> = { small: 12, medium: 13, large: 15 };

/** Edge labels are a step smaller than node labels, never under 11 px. */
export const edgeLabelPx = (size: LabelSize) => Math.max(11, LABEL_PX[size] - 2);

/** Reads a stored label size; anything unknown (or nothing) means "medium". */
export function parseLabelSize(raw: string | null | undefined): LabelSize {
  return (LABEL_SIZES as readonly string[]).includes(raw ?? "") ? (raw as LabelSize) : "medium";
}

/** The canvas's font. */
export const LABEL_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** On screen, px: labels wrap at this width, sit this far under their shape, and have this much plate around. */
export const LABEL_LAYOUT = { maxWidth: 190, gap: 4, padding: 2, lineHeight: 1.3 } as const;

/** On a canvas element whose label found no room (LabelController): the stylesheet draws it without one. */
export const LABEL_HIDDEN_CLASS = "label-hidden";

/**
 * A big graph's node labels are this size, in model units, until the level-of-detail rule gives one room
 * (graph/labels/bigGraphLabels.ts sizes it then): too small on screen at any zoom for Cytoscape to draw.
 */
export const UNDRAWN_LABEL_FONT = 1;
/** Cytoscape draws no label smaller than this on screen, px: above UNDRAWN_LABEL_FONT at the closest zoom. */
export const LEAST_DRAWN_LABEL_PX = 9;
