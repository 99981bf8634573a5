/**
 * Text measured and wrapped exactly as Cytoscape does it (a canvas 2D context, widths rounded up, greedy
 * wrapping at whitespace keeping the separator), so SVG labels break where the screen's do.
 */

export interface TextMeasure {
  /** Width of `text` in `font` (a CSS font shorthand), rounded up as Cytoscape rounds it. */
  width(text: string, font: string): number;
  /** How far the alphabetic baseline sits above the bottom of the em box (canvas "bottom" baseline). */
  bottomToBaseline(font: string, size: number): number;
}

/** A measurer backed by one canvas context, with a cache: labels repeat across exports. */
export function canvasMeasure(): TextMeasure {
  const ctx = document.createElement("canvas").getContext("2d");
  const widths = new Map<string, number>();
  const baselines = new Map<string, number>();
  // Setting a context's font parses it: only when it changes (see graph/labels/nodeLabels.ts).
  let current = "";
  return {
    width(text, font) {
      const key = `${font}\u0000${text}`;
      let w = widths.get(key);
      if (w === undefined) {
        if (ctx && font !== current) ctx.font = current = font;
        w = ctx ? Math.ceil(ctx.measureText(text).width) : Math.ceil(text.length * 6);
        widths.set(key, w);
      }
      return w;
    },
    bottomToBaseline(font, size) {
      let b = baselines.get(font);
      if (b === undefined) {
        if (ctx) {
          ctx.font = current = font;
          ctx.textBaseline = "bottom";
        }
        // Typical sans-serif fonts put about a quarter of the em below the baseline.
        b = ctx?.measureText("x").alphabeticBaseline ?? 0.24 * size;
        baselines.set(font, b);
      }
      return b;
    },
  };
}

/** Cytoscape's "text-wrap: wrap": greedy, breaking at whitespace, each line keeping its trailing separator. */
export function wrapLikeCytoscape(text: string, maxWidth: number, width: (line: string) => number): string[] {
  const wrapped: string[] = [];
  for (const line of text.split("\n")) {
    if (width(line) <= maxWidth) {
      wrapped.push(line);
      continue;
    }
    let current = "";
    let previous = 0;
    for (const match of line.matchAll(/[\s\u200b]+|$/g)) {
      const separator = match[0];
      const word = line.substring(previous, match.index);
      previous = match.index + separator.length;
      const test = current.length === 0 ? word : current + word + separator;
      if (width(test) <= maxWidth) current += word + separator;
      else {
        if (current) wrapped.push(current);
        current = word + separator;
      }
    }
    if (!/^[\s\u200b]+$/.test(current)) wrapped.push(current);
  }
  return wrapped;
}
