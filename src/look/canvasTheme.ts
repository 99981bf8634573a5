/**
 * The canvas's colours in each theme. Light is the palette in appearance.ts; dark keeps the same node fills
 * (so the legend's colours mean the same in both) but gives them light outlines, and turns labels, plates and
 * lines around. No Cytoscape import: the legend's icons use these colours too.
 */
import type { ThemeName } from "./theme";
import { NODE_TYPES, type NodeType } from "../model/brief/vocabulary";
import { COLORS, NODE_LOOK } from "./appearance";

export interface CanvasColors {
  background: string;
  label: string;
  labelPlate: string;
  edge: string;
  edgeLabel: string;
  selection: string;
}

export const CANVAS_COLORS: Record<ThemeName, CanvasColors> = {
  light: COLORS,
  dark: {
    // The page background of the dark theme (base.css), so the canvas and the page are one surface; the same
    // values as a dark PNG export (src/graph/export/exportStyle.ts), so a dark export looks like the screen.
    background: "#1b1d21",
    label: "#f1f1f1",
    labelPlate: "#1b1d21",
    edge: "#a9adb3",
    edgeLabel: "#e0e0e0",
    // Okabe–Ito sky blue: the light theme's selection blue is too dark to see on the dark background.
    selection: "#56b4e9",
  },
};

/** Dimmed labels keep this much of their colour: faded, yet still at least 4.5:1 on their plate. */
export const DIMMED_TEXT_OPACITY = 0.65;

/** Mixes `hex` with white; `amount` 0 keeps the colour, 1 gives white. */
function tint(hex: string, amount: number): string {
  const channel = (i: number) => {
    const value = parseInt(hex.slice(i, i + 2), 16);
    return Math.round(value + (255 - value) * amount)
      .toString(16)
      .padStart(2, "0");
  };
  return `#${channel(1)}${channel(3)}${channel(5)}`;
}

const darkBorders = Object.fromEntries(NODE_TYPES.map((t) => [t, tint(NODE_LOOK[t].fill, 0.55)]));

/** A node type's outline in a theme: darker than the fill on light, lighter on dark, ≥ 3:1 either way. */
export const NODE_BORDER: Record<ThemeName, Record<NodeType, string>> = {
  light: Object.fromEntries(NODE_TYPES.map((t) => [t, NODE_LOOK[t].border])) as Record<NodeType, string>,
  dark: darkBorders as Record<NodeType, string>,
};
