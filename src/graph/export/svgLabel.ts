/**
 * Labels as SVG: the background plate and the text lines, placed as Cytoscape's canvas renderer places them
 * (lines hang from the label's top, one line-height apart, measured to the em box's bottom).
 */
import type { EdgeSingular, NodeSingular } from "cytoscape";
import { escapeXml } from "../../model/export/xml";
import type { TextMeasure } from "./textMeasure";
import { n } from "../../model/export/svgNumber";

export interface LabelStyle {
  /** CSS font shorthand, for measuring; the SVG root sets the family. */
  font: string;
  size: number;
  weight: string;
  style: string;
  color: string;
  /** Text opacity including the element's own. */
  opacity: number;
  plate: { color: string; opacity: number; padding: number; rounded: boolean } | null;
}

/** The label style an element has now. */
export function labelStyle(ele: NodeSingular | EdgeSingular): LabelStyle {
  const size = Number(ele.numericStyle("font-size"));
  const family = String(ele.style("font-family"));
  const weight = String(ele.style("font-weight"));
  const style = String(ele.style("font-style"));
  const opacity = ele.effectiveOpacity();
  const plateOpacity = Number(ele.numericStyle("text-background-opacity"));
  const shape = String(ele.style("text-background-shape"));
  return {
    font: `${style} ${weight} ${size}px ${family}`,
    size,
    weight,
    style,
    color: String(ele.style("color")),
    opacity: opacity * Number(ele.numericStyle("text-opacity")),
    plate:
      plateOpacity > 0
        ? {
            color: String(ele.style("text-background-color")),
            opacity: plateOpacity * opacity,
            padding: Number(ele.numericStyle("text-background-padding")),
            rounded: shape === "round-rectangle" || shape === "roundrectangle",
          }
        : null,
  };
}

/** Cytoscape's plate corners: quadratic curves of radius 2. */
function platePath(x: number, y: number, w: number, h: number, rounded: boolean): string {
  if (!rounded) return `M${n(x)} ${n(y)}H${n(x + w)}V${n(y + h)}H${n(x)}Z`;
  const r = Math.min(2, w / 2, h / 2);
  return (
    `M${n(x + r)} ${n(y)}H${n(x + w - r)}Q${n(x + w)} ${n(y)} ${n(x + w)} ${n(y + r)}` +
    `V${n(y + h - r)}Q${n(x + w)} ${n(y + h)} ${n(x + w - r)} ${n(y + h)}` +
    `H${n(x + r)}Q${n(x)} ${n(y + h)} ${n(x)} ${n(y + h - r)}` +
    `V${n(y + r)}Q${n(x)} ${n(y)} ${n(x + r)} ${n(y)}Z`
  );
}

/** How a label's lines line up within its box: centred, or flush with its left or right edge. */
export type LabelAlign = "middle" | "start" | "end";

/**
 * A label of `lines` centred on x, its box's top at `top`, in a frame already rotated if need be. Each line is
 * centred with its trailing separator, as the canvas centres it, but written without it; or, with `align`,
 * flush with the box's left ("start") or right ("end") edge, as the canvas justifies a label beside its node.
 */
export function labelSvg(
  lines: readonly string[],
  x: number,
  top: number,
  lineHeight: number,
  s: LabelStyle,
  measure: TextMeasure,
  align: LabelAlign = "middle",
): string {
  const widths = lines.map((l) => measure.width(l, s.font));
  const textW = Math.max(0, ...widths);
  const textH = s.size + (lines.length - 1) * lineHeight;
  const parts: string[] = [];
  if (s.plate) {
    const p = s.plate.padding;
    const d = platePath(x - textW / 2 - p, top - p, textW + 2 * p, textH + 2 * p, s.plate.rounded);
    parts.push(
      `<path d="${d}" fill="${s.plate.color}"${s.plate.opacity < 1 ? ` fill-opacity="${n(s.plate.opacity)}"` : ""}/>`,
    );
  }
  const drop = measure.bottomToBaseline(s.font, s.size);
  const spans = lines.map((line, i) => {
    const trimmed = line.trimEnd();
    // The canvas centres "Peacebuilding " with its space; SVG would drop it and centre the word alone.
    const space = trimmed === line ? 0 : measure.width(line, s.font) - measure.width(trimmed, s.font);
    const at = align === "start" ? x - textW / 2 : align === "end" ? x + textW / 2 - space : x - space / 2;
    const baseline = top + s.size + i * lineHeight - drop;
    return `<tspan x="${n(at)}" y="${n(baseline)}">${escapeXml(trimmed)}</tspan>`;
  });
  const weight = s.weight === "normal" ? "" : ` font-weight="${s.weight}"`;
  const italic = s.style === "normal" ? "" : ` font-style="${s.style}"`;
  const opacity = s.opacity < 1 ? ` fill-opacity="${n(s.opacity)}"` : "";
  parts.push(
    `<text font-size="${s.size}"${weight}${italic} text-anchor="${align}" fill="${s.color}"${opacity}>${spans.join("")}</text>`,
  );
  return parts.join("");
}
