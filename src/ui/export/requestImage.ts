/** Asks the canvas for an image over the command bus and waits for the answer. */
import type { ImageRequest, ImageResult } from "../../model/export/imageOptions";
import type { CommandBus } from "../../state/graphCommands";

/** The rendered image, or a rejection when no canvas is there to draw it. */
export function requestImage(commands: CommandBus, request: ImageRequest): Promise<ImageResult> {
  const answer: { result?: Promise<ImageResult> } = {};
  commands.emit({ type: "export-image", request, respond: (result) => (answer.result = result) });
  return answer.result ?? Promise.reject(new Error("The graph is not drawn yet; wait a moment and try again."));
}
