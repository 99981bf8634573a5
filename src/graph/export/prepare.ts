/** What both image formats start from: fonts loaded, the stage built, the frame laid out around it. */
import type { Core } from "cytoscape";
import type { ImageRequest } from "../../model/export/imageOptions";
import { exportPalette, type ExportPalette } from "./exportStyle";
import { layoutFrame, type Frame } from "./frame";
import { legendItems } from "./legendItems";
import { canvasFont } from "./primitives";
import { drawnVocabulary, type Stage } from "./stage";
import { acquireStage } from "./stageCache";
import { stopwatch } from "./stopwatch";
import { canvasMeasure, type TextMeasure } from "./textMeasure";

export interface Prepared {
  stage: Stage;
  palette: ExportPalette;
  frame: Frame;
  measure: TextMeasure;
}

/** Finds or builds the stage and lays out the frame for a request; the stage stays cached for the next one. */
export async function prepare(main: Core, request: ImageRequest): Promise<Prepared> {
  // Text measured before a web font arrives would be laid out with the fallback's widths.
  await document.fonts?.ready;
  const lap = stopwatch(`briefgraph:export:${request.format}:prepare`);
  const palette = exportPalette(request.background);
  const stage = acquireStage(main, request.scope, request.background, request.allLabels);
  lap("stage");
  const measure = canvasMeasure();
  const drawn = drawnVocabulary(stage);
  const frame = layoutFrame({
    graphWidth: Math.ceil(stage.box.w * stage.zoom),
    graphHeight: Math.ceil(stage.box.h * stage.zoom),
    title: request.title?.trim() || null,
    legend: request.legend ? legendItems(drawn, palette) : null,
    source: request.sourceLine?.trim() || null,
    palette,
    measure: (text, size, bold) => measure.width(text, canvasFont(size, bold)),
  });
  lap("frame");
  return { stage, palette, frame, measure };
}
