/**
 * One-off requests to the canvas (zoom, fit, centre on a node). They are events, not state: nothing about
 * them belongs in the URL, and repeating one must act again, so they travel on a tiny bus instead.
 */
import type { ExportBackground, ExportScope, ImageRequest, ImageResult } from "../model/export/imageOptions";

export type GraphCommand =
  | { type: "zoom-in" }
  | { type: "zoom-out" }
  | { type: "fit" }
  | { type: "reset" }
  | { type: "centre"; id: string }
  /** The canvas answers with where every node is now: an arrangement to export. */
  | { type: "positions"; respond: (positions: ReadonlyMap<string, { x: number; y: number }>) => void }
  /** The canvas answers with `camera=` for what it shows (model/view/camera.ts), for "Copy link". */
  | { type: "camera"; respond: (param: string) => void }
  /** Draws an image of the graph; the canvas answers through `respond` (src/graph/export/ExportController). */
  | { type: "export-image"; request: ImageRequest; respond: (result: Promise<ImageResult>) => void }
  /** The Export dialog's current choices, so the canvas can prepare the image before Download is pressed. */
  | { type: "export-warm"; scope: ExportScope; background: ExportBackground; allLabels: boolean };

export interface CommandBus {
  emit(command: GraphCommand): void;
  /** Listens for commands; returns the function that stops listening. */
  listen(listener: (command: GraphCommand) => void): () => void;
}

/** Creates a command bus; commands sent while nobody listens are dropped. */
export function createCommandBus(): CommandBus {
  const listeners = new Set<(command: GraphCommand) => void>();
  return {
    emit: (command) => {
      for (const listener of Array.from(listeners)) listener(command);
    },
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
