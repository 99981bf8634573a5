/**
 * The SVG export: a true vector file written by us from Cytoscape's computed geometry and our stylesheet
 * (cytoscape-svg is GPL-3.0), with text as text and every shape as a path. Sized in px at scale 1.
 */
import type { Core } from "cytoscape";
import type { ImageRequest, ImageResult } from "../../model/export/imageOptions";
import { escapeXml } from "../../model/export/xml";
import { prepare } from "./prepare";
import { FONT_FAMILY, primitivesToSvg } from "./primitives";
import { graphSvg } from "./svgGraph";
import { n } from "../../model/export/svgNumber";

/** Renders the request as an SVG document. */
export async function renderSvg(main: Core, request: ImageRequest): Promise<ImageResult> {
  const { stage, palette, frame, measure } = await prepare(main, request);
  const { box, zoom } = stage;
  const { graph } = frame;
  const clip = stage.clip
    ? `<defs><clipPath id="view"><rect x="${n(box.x1, 4)}" y="${n(box.y1, 4)}" width="${n(box.w, 4)}" height="${n(box.h, 4)}"/></clipPath></defs>`
    : "";
  const transform = `translate(${n(graph.x, 4)} ${n(graph.y, 4)}) scale(${n(zoom, 4)}) translate(${n(-box.x1, 4)} ${n(-box.y1, 4)})`;
  const svg = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${frame.width}" height="${frame.height}" viewBox="0 0 ${frame.width} ${frame.height}" font-family="${escapeXml(FONT_FAMILY)}">`,
    `<title>${escapeXml(request.title?.trim() || "briefgraph")}</title>`,
    palette.background ? `<rect width="100%" height="100%" fill="${palette.background}"/>` : "",
    primitivesToSvg(frame.primitives),
    clip,
    `<g transform="${transform}"${stage.clip ? ' clip-path="url(#view)"' : ""}>`,
    graphSvg(stage.cy, measure),
    "</g>",
    "</svg>",
    "",
  ]
    .filter(Boolean)
    .join("\n");
  const blob = new Blob([svg], { type: "image/svg+xml;charset=utf-8" });
  return { blob, width: frame.width, height: frame.height, scale: 1, clamped: false };
}
