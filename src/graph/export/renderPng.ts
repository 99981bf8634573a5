/**
 * The PNG export: Cytoscape's own canvas drawing (so the image looks exactly like the screen) framed by title,
 * legend and source line, at up to 4× — never larger than the browser can draw, and never blank.
 */
import type { Core } from "cytoscape";
import { drawElementsInto } from "../renderer/drawInto";
import { clampScale, pixelSize, type ImageRequest, type ImageResult } from "../../model/export/imageOptions";
import { prepare } from "./prepare";
import { stopwatch } from "./stopwatch";
import { paintPrimitives } from "./primitives";
import type { Frame } from "./frame";
import type { Stage } from "./stage";

const THUMB = 128;
const SAMPLE_ROWS = 48;

function drawStage(stage: Stage, ctx: CanvasRenderingContext2D): void {
  drawElementsInto(stage.cy, ctx);
}

/** Whether any pixel of `rows` rows spread over the area is painted. */
function rowsPainted(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, rows: number) {
  for (let i = 0; i < rows; i++) {
    const row = Math.floor(y + ((i + 0.5) * h) / rows);
    const { data } = ctx.getImageData(x, row, w, 1);
    for (let j = 3; j < data.length; j += 4) if (data[j]! > 0) return true;
  }
  return false;
}

/**
 * Whether the drawing came out empty. Checked before the background is filled in: a browser that cannot draw
 * a canvas this large leaves it transparent without an error. Sampled rows first; a sparse drawing they all
 * miss gets a downscaled copy, whose averaging keeps a trace of every thin line.
 */
function isBlank(canvas: HTMLCanvasElement, ctx: CanvasRenderingContext2D, area: Frame["graph"], scale: number) {
  const [x, y, w, h] = [area.x, area.y, area.w, area.h].map((v) => Math.max(1, Math.floor(v * scale)));
  if (rowsPainted(ctx, x!, y!, w!, h!, SAMPLE_ROWS)) return false;
  const thumb = document.createElement("canvas");
  thumb.width = THUMB;
  thumb.height = THUMB;
  const small = thumb.getContext("2d", { willReadFrequently: true });
  if (!small) return true;
  small.imageSmoothingQuality = "high";
  small.drawImage(canvas, x!, y!, w!, h!, 0, 0, THUMB, THUMB);
  return !rowsPainted(small, 0, 0, THUMB, THUMB, THUMB);
}

function toBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error("The browser could not encode the image."))),
      "image/png",
    ),
  );
}

/** Draws the frame and the stage's graph at `scale`, leaving the background transparent. */
function paint(ctx: CanvasRenderingContext2D, stage: Stage, frame: Frame, scale: number): void {
  ctx.scale(scale, scale);
  paintPrimitives(ctx, frame.primitives);
  const { graph } = frame;
  const { box, zoom } = stage;
  ctx.save();
  ctx.translate(graph.x, graph.y);
  if (stage.clip) {
    ctx.beginPath();
    ctx.rect(0, 0, graph.w, graph.h);
    ctx.clip();
  }
  ctx.scale(zoom, zoom);
  ctx.translate(-box.x1, -box.y1);
  drawStage(stage, ctx);
  ctx.restore();
}

/** Renders the request as a PNG. */
export async function renderPng(main: Core, request: ImageRequest): Promise<ImageResult> {
  const lap = stopwatch("briefgraph:export:png");
  const { stage, palette, frame } = await prepare(main, request);
  lap("prepare");
  const { scale, clamped } = clampScale(frame.width, frame.height, request.scale);
  const size = pixelSize(frame.width, frame.height, scale);
  const canvas = document.createElement("canvas");
  canvas.width = size.width;
  canvas.height = size.height;
  // A CPU-backed canvas: drawing, reading back and encoding a large image are all faster without a GPU round trip.
  const ctx = canvas.getContext("2d", { willReadFrequently: true });
  if (!ctx) throw new Error("The browser could not create a canvas for the image.");
  paint(ctx, stage, frame, scale);
  lap("draw");
  if (isBlank(canvas, ctx, frame.graph, scale)) {
    throw new Error("The image came out empty: nothing is visible in this scope, or the image is too large to draw.");
  }
  if (palette.background) {
    // Last and underneath, as cy.png() does: faded arrowheads punch holes that must show the background.
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.globalCompositeOperation = "destination-over";
    ctx.fillStyle = palette.background;
    ctx.fillRect(0, 0, size.width, size.height);
  }
  lap("check");
  const blob = await toBlob(canvas);
  lap("encode");
  return { blob, ...size, scale, clamped };
}
