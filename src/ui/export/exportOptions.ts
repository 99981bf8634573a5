/** The Export dialog's choices, remembered while the page is open so a second export starts from the first. */
import type { ExportFormat } from "../../model/export/formats";
import type { ExportBackground, ExportScope } from "../../model/export/imageOptions";

export interface ExportOptions {
  format: ExportFormat;
  scope: ExportScope;
  scale: number;
  background: ExportBackground;
  showTitle: boolean;
  /** The title as the reader edited it; null follows the view (the focused or selected node, or the model). */
  title: string | null;
  legend: boolean;
  sourceLine: boolean;
  /** The whole graph with every label, even overlapping, instead of those that fit at the image's size. */
  allLabels: boolean;
  /** Data files carry the nodes where they are on the canvas (dragged, another layout), not the model's places. */
  arrangement: boolean;
}

/** Publication-ready by default: 2× for sharp slides, with title, legend and credit. */
export const DEFAULT_OPTIONS: ExportOptions = {
  format: "png",
  scope: "view",
  scale: 2,
  background: "white",
  showTitle: true,
  title: null,
  legend: true,
  sourceLine: true,
  allLabels: false,
  arrangement: false,
};

let remembered: ExportOptions = DEFAULT_OPTIONS;

/** The choices of the last export in this page, or the defaults. */
export function rememberedOptions(): ExportOptions {
  return remembered;
}

/** Keeps the choices for the next time the dialog opens. */
export function rememberOptions(options: ExportOptions): void {
  remembered = options;
}
