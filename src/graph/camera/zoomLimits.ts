/**
 * How far the canvas zooms: out to a tenth, where a big graph's thousands of shapes are dots, and in to four
 * times, where a label is larger than any text on the page. A big graph's undrawn labels rely on the upper
 * limit (look/labels.ts, UNDRAWN_LABEL_FONT).
 */
export const ZOOM_LIMITS = { min: 0.1, max: 4 } as const;
