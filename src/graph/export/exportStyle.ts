/**
 * The look of an exported image: the app's own stylesheet in the theme that suits the chosen background (the
 * light theme on white or transparent, the dark theme on dark), so an export looks like the screen in that
 * theme and follows every future style change. Labels show at any size, since an export may be enlarged.
 */
import type { ExportBackground } from "../../model/export/imageOptions";
import type { ThemeName } from "../../look/theme";
import type { NodeType } from "../../model/brief/vocabulary";
import { CANVAS_COLORS, NODE_BORDER, type CanvasColors } from "../../look/canvasTheme";
import { buildStylesheet, type StyleRule } from "../stylesheet";

export interface ExportPalette {
  theme: ThemeName;
  /** What the image is filled with first; null leaves it transparent. */
  background: string | null;
  canvas: CanvasColors;
  /** Title, legend names and source line. */
  text: string;
  /** Legend notes. */
  mutedText: string;
  border: (type: NodeType) => string;
}

function palette(theme: ThemeName, transparent: boolean): ExportPalette {
  const canvas = CANVAS_COLORS[theme];
  return {
    theme,
    background: transparent ? null : canvas.background,
    canvas,
    text: canvas.label,
    // At least 4.5:1 on the background in both themes.
    mutedText: theme === "dark" ? "#c2c6cc" : "#505050",
    border: (type) => NODE_BORDER[theme][type],
  };
}

/** The palette for a background choice. */
export function exportPalette(background: ExportBackground): ExportPalette {
  return palette(background === "dark" ? "dark" : "light", background === "transparent");
}

/** The app's stylesheet for the palette's theme, with labels drawn at every zoom. */
export function exportStylesheet(p: ExportPalette): StyleRule[] {
  return [...buildStylesheet(p.theme), { selector: "node, edge", style: { "min-zoomed-font-size": 0 } }];
}
