// WCAG 2.2 contrast arithmetic for the contrast tests: relative luminance, ratio, and alpha blending.

export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** Parses "#rrggbb" or "rgba(r, g, b, a)". */
export function parseColour(text: string): Rgba {
  const hex = /^#([0-9a-f]{6})$/i.exec(text.trim());
  if (hex) {
    const n = parseInt(hex[1]!, 16);
    return { r: n >> 16, g: (n >> 8) & 255, b: n & 255, a: 1 };
  }
  const rgba = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*([\d.]+)\s*)?\)$/i.exec(text.trim());
  if (!rgba) throw new Error(`Not a colour this test understands: ${text}`);
  return { r: Number(rgba[1]), g: Number(rgba[2]), b: Number(rgba[3]), a: rgba[4] === undefined ? 1 : Number(rgba[4]) };
}

/** `top` drawn with its alpha (times `opacity`) over the opaque `bottom`. */
export function over(top: string | Rgba, bottom: string | Rgba, opacity = 1): Rgba {
  const t = typeof top === "string" ? parseColour(top) : top;
  const b = typeof bottom === "string" ? parseColour(bottom) : bottom;
  const a = t.a * opacity;
  const mix = (x: number, y: number) => x * a + y * (1 - a);
  return { r: mix(t.r, b.r), g: mix(t.g, b.g), b: mix(t.b, b.b), a: 1 };
}

function luminance(colour: string | Rgba): number {
  const c = typeof colour === "string" ? parseColour(colour) : colour;
  const [r, g, b] = [c.r, c.g, c.b].map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two opaque colours, 1 to 21. */
export function contrast(a: string | Rgba, b: string | Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].toSorted((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
