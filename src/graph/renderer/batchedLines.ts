/**
 * Draws a big graph's hairline edges as one stroke per colour and width instead of one each.
 *
 * Cytoscape draws every edge on its own: it checks the edge's bounds, builds a Path2D keyed by its points
 * joined into a string, strokes it, then asks three label caches and the overlay and underlay about it. At
 * 5,000 nodes and 10,000 edges that came to ~100 ms of the ~200 ms frame after Fit (headless Chromium), for
 * lines that are all the same grey. Here each run of edges that Cytoscape would draw as a bare opaque straight
 * line (stylesheet.ts gives big graphs those) goes into one path, stroked once; any other element ends the run
 * and is drawn by Cytoscape as before, so the painting order is unchanged.
 *
 * Only lines at most one device pixel wide, as when a big graph is zoomed out to fit: the canvas draws those
 * as hairlines, segment by segment, so one path gives the same pixels as many (checked pixel for pixel). A
 * wider line is a filled outline; one outline of thousands of crossing lines made frames at reading size
 * slower, not faster (~50 ms more at 5,000 nodes), and its crossings could shade differently.
 *
 * Renderer internals (internals.ts): each edge's style is read with `pstyle`, as Cytoscape's own drawing
 * does, and its points from its private `rscratch`; an edge whose record cannot be read is left to Cytoscape.
 */
import type { EdgeSingular, NodeSingular } from "cytoscape";
import { privateRecordOf } from "./internals";

type Element = NodeSingular | EdgeSingular;

/** The part of a 2D context a stroke needs. */
export interface LineContext {
  lineWidth: number;
  lineCap: CanvasLineCap;
  lineJoin: CanvasLineJoin;
  strokeStyle: string | CanvasGradient | CanvasPattern;
  setLineDash(segments: number[]): void;
  beginPath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  stroke(): void;
  /** Absent in old browsers: then nothing is batched. */
  getTransform?(): { a: number; b: number };
}

/** What Cytoscape keeps of an edge's drawn geometry. */
interface EdgeScratch {
  badLine?: boolean;
  edgeType?: string;
  allpts?: ArrayLike<number> | null;
}

/** A style property as `pstyle` returns it. */
interface StyleValue {
  value: unknown;
  pfValue?: unknown;
  strValue?: string;
}
interface StyledElement {
  pstyle(name: string): StyleValue | undefined;
}

/** How a run's lines are stroked: every edge of a run shares it. */
interface LineLook {
  key: string;
  color: string;
  width: number;
  cap: CanvasLineCap;
}

/** Each style property and the value it has on an edge drawn as nothing but its line. */
const BARE_LINE: ReadonlyArray<readonly [string, unknown]> = [
  ["line-style", "solid"],
  ["line-fill", "solid"],
  ["ghost", "no"],
  ["opacity", 1],
  ["line-opacity", 1],
  ["line-outline-width", 0],
  ["underlay-opacity", 0],
  ["overlay-opacity", 0],
  ["source-arrow-shape", "none"],
  ["mid-source-arrow-shape", "none"],
  ["mid-target-arrow-shape", "none"],
  ["target-arrow-shape", "none"],
];
const LABELS = ["label", "source-label", "target-label"];

const scratchOf = (ele: unknown) => privateRecordOf<{ rscratch?: EdgeScratch }>(ele)?.rscratch;

/**
 * How `edge` draws when Cytoscape would stroke it as a bare line: solid, fully opaque, straight between two
 * points, no arrowheads, labels, outline, overlay, underlay or ghost. Null when it draws anything more.
 */
export function plainLineLook(edge: EdgeSingular, maxWidth = Infinity): LineLook | null {
  const styled = edge as unknown as StyledElement;
  // First, as it rules out every edge at reading size.
  const width = styled.pstyle("width")?.pfValue;
  if (typeof width !== "number" || !(width > 0) || width > maxWidth) return null;
  const scratch = scratchOf(edge);
  const points = scratch?.allpts;
  if (!scratch || scratch.badLine || !points || points.length !== 4 || Number.isNaN(points[0])) return null;
  if (scratch.edgeType !== "haystack" && scratch.edgeType !== "straight") return null;
  // Indexed loops, with no closure or iterator per edge: this runs for every edge of every frame zoomed out,
  // and for-of with destructuring made the frame after Fit at 5,000 nodes ~20 ms slower.
  for (let i = 0; i < BARE_LINE.length; i++)
    if (styled.pstyle(BARE_LINE[i]![0])?.value !== BARE_LINE[i]![1]) return null;
  for (let i = 0; i < LABELS.length; i++) if ((styled.pstyle(LABELS[i]!)?.strValue ?? "") !== "") return null;
  const rgb = styled.pstyle("line-color")?.value;
  const cap = styled.pstyle("line-cap")?.value;
  if (!Array.isArray(rgb) || typeof cap !== "string") return null;
  // The stroke style exactly as Cytoscape writes it (colorStrokeStyle), at full opacity.
  const color = `rgba(${rgb[0]},${rgb[1]},${rgb[2]},1)`;
  return { key: `${color}|${width}|${cap}`, color, width, cap: cap as CanvasLineCap };
}

/** Strokes `points` (four numbers a line) as one path in `look`, setting what Cytoscape's edge drawing sets. */
function strokeRun(context: LineContext, look: LineLook, points: readonly ArrayLike<number>[]): void {
  context.lineJoin = "round";
  context.lineWidth = look.width;
  context.lineCap = look.cap;
  context.strokeStyle = look.color;
  context.setLineDash([]);
  context.beginPath();
  for (const p of points) {
    context.moveTo(p[0]!, p[1]!);
    context.lineTo(p[2]!, p[3]!);
  }
  context.stroke();
  context.lineCap = "butt"; // as Cytoscape leaves it for its other drawing
}

/**
 * Draws `eles` in order, as Cytoscape's drawCachedElements does, but strokes each run of plain hairline edges
 * of one look together; `drawOne` draws any other element (Cytoscape's drawCachedElement). Hidden edges draw
 * nothing either way and do not end a run.
 */
export function drawWithBatchedLines(
  context: LineContext,
  eles: readonly Element[],
  drawOne: (ele: Element) => void,
): void {
  // The widest line, in model units, that is still a hairline on the device under the context's transform.
  const transform = context.getTransform?.();
  const maxWidth = transform ? 1 / Math.hypot(transform.a, transform.b) : 0;
  let look: LineLook | null = null;
  let run: ArrayLike<number>[] = [];
  const endRun = () => {
    if (look && run.length) strokeRun(context, look, run);
    look = null;
    run = [];
  };
  for (const ele of eles) {
    if (ele.isEdge()) {
      if (!ele.visible()) continue;
      const edgeLook = plainLineLook(ele, maxWidth);
      if (edgeLook) {
        if (look?.key !== edgeLook.key) {
          endRun();
          look = edgeLook;
        }
        run.push(scratchOf(ele)!.allpts!);
        continue;
      }
    }
    endRun();
    drawOne(ele);
  }
  endRun();
}
