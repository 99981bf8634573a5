/**
 * Fit, minding what floats over the canvas: the toolbar at the top and the filter summary at the top (at the
 * bottom on a phone). Framing into the whole canvas puts a small or focused graph's outer nodes under them, where
 * they can be neither read nor clicked; reserving their bands every time would shrink the whole brief, whose
 * corners are empty, for nothing. So the graph is framed as before, and only if a node would then lie under an
 * overlay is it framed again in the band the overlays leave free.
 */
import { boundsOf, framing, type Bounds, type Room, type Viewport } from "./framing";
import type { ScreenBox } from "./keepInView";
import { overlaps } from "./labelBoxes";
import type { Position } from "../brief/schema";

interface FrameOptions {
  padding: number;
  minZoom?: number;
  maxZoom?: number;
  /** Kept free right of and below the content, for its labels. */
  room?: Room;
}

/** Below this share of the canvas's height, a free band is too thin to frame into: overlays are then ignored. */
const LEAST_BAND = 1 / 3;

const onScreen = (box: Bounds, { zoom, pan }: Viewport): ScreenBox => ({
  x1: box.x1 * zoom + pan.x,
  y1: box.y1 * zoom + pan.y,
  x2: box.x2 * zoom + pan.x,
  y2: box.y2 * zoom + pan.y,
});

/**
 * The viewport that frames `content` (model units) in a `width` × `height` canvas with `padding` pixels to
 * spare, clear of `overlays` (screen pixels) if any of `nodes` (model units, each node with its label) would
 * otherwise lie under one. An overlay in the top half takes the band down to its bottom edge, one in the bottom
 * half the band up from its top edge.
 */
export function frameClearOf(
  content: Bounds,
  nodes: Iterable<Bounds>,
  width: number,
  height: number,
  overlays: readonly ScreenBox[],
  { padding, minZoom = 0, maxZoom = Infinity, room }: FrameOptions,
): Viewport {
  const clamp = (fit: number) => Math.min(maxZoom, Math.max(fit, minZoom));
  const whole = framing(content, width, height, padding, clamp, room);
  const shown = overlays.filter((o) => o.x2 > o.x1 && o.y2 > o.y1);
  if (!shown.length || !someUnder(nodes, whole, shown)) return whole;
  const above = shown.filter((o) => o.y1 + o.y2 < height);
  const below = shown.filter((o) => o.y1 + o.y2 >= height);
  const top = Math.max(0, ...above.map((o) => o.y2));
  const bottom = Math.max(0, ...below.map((o) => height - o.y1));
  const band = height - top - bottom;
  if (band < height * LEAST_BAND) return whole;
  const framed = framing(content, width, band, padding, clamp, room);
  return { zoom: framed.zoom, pan: { x: framed.pan.x, y: framed.pan.y + top } };
}

/**
 * What Fit shows of a big graph: every position with `reach` model units around it (a node and its label)
 * and `padding` pixels to spare, at a zoom within `minZoom`…`maxZoom`, clear of `overlays` as above; null
 * without positions. Worked out from positions, as measuring every element's drawn bounds took ~110 ms at
 * 20,000 nodes.
 */
export function fitPositions(
  positions: readonly Position[],
  width: number,
  height: number,
  { reach = 0, ...options }: FrameOptions & { reach?: number },
  overlays: readonly ScreenBox[] = [],
): Viewport | null {
  const box = boundsOf(positions);
  if (!box) return null;
  const around = ({ x, y }: Position): Bounds => ({ x1: x - reach, y1: y - reach, x2: x + reach, y2: y + reach });
  const content = { x1: box.x1 - reach, y1: box.y1 - reach, x2: box.x2 + reach, y2: box.y2 + reach };
  return frameClearOf(content, positions.map(around), width, height, overlays, options);
}

function someUnder(nodes: Iterable<Bounds>, viewport: Viewport, overlays: readonly ScreenBox[]): boolean {
  for (const node of nodes) {
    const box = onScreen(node, viewport);
    if (overlays.some((o) => overlaps(box, o))) return true;
  }
  return false;
}
