/** Runs one export from the dialog's choices: images from the canvas, data from the model; reports progress. */
import { useCallback, useState } from "react";
import { EXPORT_FORMATS } from "../../model/export/formats";
import type { ImageRequest } from "../../model/export/imageOptions";
import { sourceLine } from "../../model/export/sourceLine";
import { useGraph, useGraphCommands, useView } from "../../state/hooks";
import { useVisibility } from "../../state/useVisibility";

import type { PassageRef, ViewState } from "../../model/view/viewState";

/**
 * The address of a view (state/viewHref.ts), handed down by the Export button: imported here, it made the
 * bundler split the start-up chunk in four, 2 kB more to load.
 */
export type ViewLink = (view: ViewState) => string;
import { dataFile } from "./dataFiles";
import { saveBlob } from "./download";
import type { ExportOptions } from "./exportOptions";
import { citedIds, defaultTitle, fileNameFor, viewSubject } from "./exportPlan";
import { requestImage } from "./requestImage";
import { formatCount } from "../../model/file/formatCount";
import { errorMessage } from "../../model/file/errorMessage";

export interface ExportStatus {
  kind: "idle" | "busy" | "done" | "error";
  message: string;
}

const IDLE: ExportStatus = { kind: "idle", message: "" };

/** Returns the current status and a function that exports with the given options into a download. */
export function useExportRunner(
  linkTo: ViewLink,
): [ExportStatus, (options: ExportOptions, host: HTMLElement) => Promise<void>] {
  const graph = useGraph();
  const view = useView();
  const visibility = useVisibility();
  const commands = useGraphCommands();
  const [status, setStatus] = useState<ExportStatus>(IDLE);

  const run = useCallback(
    async (options: ExportOptions, host: HTMLElement) => {
      if (!graph || !visibility) return;
      const info = EXPORT_FORMATS[options.format];
      const name = fileNameFor(graph, view, options.format, options.scope);
      setStatus({ kind: "busy", message: `Preparing ${name}…` });
      try {
        if (info.kind === "image") {
          const title = options.showTitle ? (options.title ?? defaultTitle(graph, view, options.scope)) : null;
          const request: ImageRequest = {
            format: options.format === "svg" ? "svg" : "png",
            scope: options.scope,
            scale: options.scale,
            background: options.background,
            title,
            legend: options.legend,
            sourceLine: options.sourceLine ? sourceLine(graph.valid.model.sources) : null,
            allLabels: options.allLabels,
          };
          const result = await requestImage(commands, request);
          saveBlob(result.blob, name, host);
          const size = `${formatCount(result.width)} × ${formatCount(result.height)} px`;
          const clamped = result.clamped
            ? ` Drawn at ${result.scale}× instead of ${options.scale}×: a larger image is more than the browser can draw.`
            : "";
          setStatus({ kind: "done", message: `Downloaded ${name} (${size}).${clamped}` });
        } else {
          const subject = viewSubject(graph, view, options.scope);
          const ids = citedIds(graph, view, visibility, options.scope);
          const heading = `Citations: ${subject ?? graph.valid.model.title}`;
          // Each quotation links to its passage in this view, and the list to the view itself.
          const links = { passage: (passage: PassageRef) => linkTo({ ...view, passage }), view: linkTo(view) };
          let arrangement: ReadonlyMap<string, { x: number; y: number }> | undefined;
          if (options.arrangement)
            commands.emit({ type: "positions", respond: (positions) => (arrangement = positions) });
          saveBlob(dataFile(graph, options.format, { ids, heading, links }, arrangement), name, host);
          setStatus({ kind: "done", message: `Downloaded ${name}.` });
        }
      } catch (error) {
        const message = errorMessage(error);
        setStatus({ kind: "error", message: `Could not export ${name}: ${message}` });
      }
    },
    [graph, view, visibility, commands, linkTo],
  );
  return [status, run];
}
