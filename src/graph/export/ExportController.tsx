/**
 * Answers the Export dialog from the live graph: prepares the image's stage while the reader chooses, and
 * draws the image on request. The drawing code loads on first use; the kept stage goes with the graph.
 */
import { useEffect } from "react";
import { useGraphCommands } from "../../state/hooks";
import { useCy } from "../CyContext";
import type * as Exports from "./renderExport";

type Exporter = typeof Exports;
let exporter: Promise<Exporter> | null = null;
const loadExporter = () => (exporter ??= import("./renderExport"));

/** Renders nothing; listens for "export-warm" and "export-image" commands. */
export function ExportController() {
  const cy = useCy();
  const commands = useGraphCommands();
  useEffect(() => {
    // Warming waits for a quiet moment, so the dialog opens and reacts without a hitch.
    let timer = 0;
    const stop = commands.listen((command) => {
      if (cy.destroyed()) return;
      if (command.type === "export-image") {
        window.clearTimeout(timer);
        command.respond(loadExporter().then(({ renderExport }) => renderExport(cy, command.request)));
      } else if (command.type === "export-warm") {
        window.clearTimeout(timer);
        timer = window.setTimeout(() => {
          void loadExporter().then(({ warmStage }) =>
            warmStage(cy, command.scope, command.background, command.allLabels),
          );
        }, 150);
      }
    });
    return () => {
      stop();
      window.clearTimeout(timer);
      // Only if the exporter was ever loaded: nothing was kept otherwise.
      void exporter?.then(({ releaseStage }) => releaseStage());
    };
  }, [cy, commands]);
  return null;
}
