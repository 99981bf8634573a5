/**
 * The drawing vocabulary of an export's frame (title, legend, source line): text and paths, painted by the
 * same code into a canvas for PNG and written as elements for SVG, so the two formats cannot drift apart.
 */
import { escapeXml } from "../../model/export/xml";
import { STYLESHEET } from "../stylesheet";
import { n } from "../../model/export/svgNumber";

/** The font the graph's labels use, read from the stylesheet so the frame always matches it. */
export const FONT_FAMILY = String(STYLESHEET.find((r) => r.selector === "node")?.style["font-family"] ?? "sans-serif");

export interface TextPrimitive {
  kind: "text";
  /** Anchor point; y is the alphabetic baseline. */
  x: number;
  y: number;
  text: string;
  size: number;
  bold: boolean;
  color: string;
  anchor: "start" | "middle";
}

export interface PathPrimitive {
  kind: "path";
  /** SVG path data, also understood by Path2D. */
  d: string;
  fill?: string;
  stroke?: string;
  width?: number;
  dash?: readonly number[];
}

export type Primitive = TextPrimitive | PathPrimitive;

/** The canvas font string for a text size and weight. */
export function canvasFont(size: number, bold: boolean): string {
  return `${bold ? "bold" : "normal"} ${size}px ${FONT_FAMILY}`;
}

/** Paints primitives onto a 2D context already scaled to layout units. */
export function paintPrimitives(ctx: CanvasRenderingContext2D, primitives: readonly Primitive[]): void {
  for (const p of primitives) {
    ctx.save();
    if (p.kind === "text") {
      ctx.font = canvasFont(p.size, p.bold);
      ctx.fillStyle = p.color;
      ctx.textAlign = p.anchor === "middle" ? "center" : "left";
      ctx.textBaseline = "alphabetic";
      ctx.fillText(p.text, p.x, p.y);
    } else {
      const path = new Path2D(p.d);
      if (p.fill) {
        ctx.fillStyle = p.fill;
        // oxlint-disable-next-line unicorn/no-array-fill-with-reference-type -- the canvas's fill(), not Array's.
        ctx.fill(path);
      }
      if (p.stroke) {
        ctx.strokeStyle = p.stroke;
        ctx.lineWidth = p.width ?? 1;
        ctx.setLineDash(p.dash ? [...p.dash] : []);
        ctx.stroke(path);
      }
    }
    ctx.restore();
  }
}

/** Primitives as SVG elements (the root sets the font family). */
export function primitivesToSvg(primitives: readonly Primitive[]): string {
  return primitives
    .map((p) => {
      if (p.kind === "text") {
        const weight = p.bold ? ' font-weight="bold"' : "";
        const anchor = p.anchor === "middle" ? ' text-anchor="middle"' : "";
        return `<text x="${n(p.x)}" y="${n(p.y)}" font-size="${p.size}"${weight}${anchor} fill="${p.color}">${escapeXml(p.text)}</text>`;
      }
      const stroke = p.stroke
        ? ` stroke="${p.stroke}" stroke-width="${n(p.width ?? 1)}"${p.dash ? ` stroke-dasharray="${p.dash.join(" ")}"` : ""}`
        : "";
      return `<path d="${p.d}" fill="${p.fill ?? "none"}"${stroke}/>`;
    })
    .join("\n");
}
