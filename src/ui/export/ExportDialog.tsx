/**
 * The Export dialog: a native modal <dialog> (the page behind is inert, Escape closes it), opened as soon as it
 * mounts and unmounted by its button when closed. Progress and errors are announced in a polite live region.
 */
import { useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import { sourceLine } from "../../model/export/sourceLine";
import { EXPORT_FORMATS } from "../../model/export/formats";
import { useGraph, useGraphCommands, useView } from "../../state/hooks";
import { rememberOptions, rememberedOptions, type ExportOptions } from "./exportOptions";
import { defaultTitle, fileNameFor } from "./exportPlan";
import { ExportOptionsForm } from "./ExportOptionsForm";
import { DialogHeader } from "../common/DialogHeader";
import { useExportRunner, type ViewLink } from "./useExportRunner";

/** The dialog; `onClose` runs after it closed, however it closed. */
export default function ExportDialog({ onClose, linkTo }: { onClose: () => void; linkTo: ViewLink }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const graph = useGraph();
  const commands = useGraphCommands();
  const view = useView();
  const [options, setOptions] = useState<ExportOptions>(rememberedOptions);
  const [status, run] = useExportRunner(linkTo);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  // While the reader chooses, the canvas prepares the image, so Download only has to draw it.
  const imageChosen = EXPORT_FORMATS[options.format].kind === "image";
  useEffect(() => {
    if (imageChosen)
      commands.emit({
        type: "export-warm",
        scope: options.scope,
        background: options.background,
        allLabels: options.allLabels,
      });
  }, [commands, imageChosen, options.scope, options.background, options.allLabels]);

  const credit = useMemo(() => (graph ? sourceLine(graph.valid.model.sources) : ""), [graph]);
  if (!graph) return null;
  const name = fileNameFor(graph, view, options.format, options.scope);
  const change = (patch: Partial<ExportOptions>) =>
    setOptions((o) => {
      const next = { ...o, ...patch };
      rememberOptions(next);
      return next;
    });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (status.kind !== "busy" && dialog.current) void run(options, dialog.current);
  };

  return (
    <dialog ref={dialog} className="app-dialog export-dialog" aria-labelledby="export-title" onClose={onClose}>
      <form method="dialog" onSubmit={submit}>
        <DialogHeader titleId="export-title" title="Export" onClose={() => dialog.current?.close()} />
        <ExportOptionsForm
          options={options}
          onChange={change}
          defaultTitle={defaultTitle(graph, view, options.scope)}
          sourceLine={credit}
        />
        <p className="export-file">
          File name: <code>{name}</code>
        </p>
        <p className={`export-status ${status.kind}`} role="status" aria-live="polite">
          {status.message}
        </p>
        <div className="export-actions">
          <button type="button" onClick={() => dialog.current?.close()}>
            Close
          </button>
          <button type="submit" className="primary" disabled={status.kind === "busy"}>
            Download
          </button>
        </div>
      </form>
    </dialog>
  );
}
