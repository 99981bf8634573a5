/**
 * The model shipped with the app, bundled at build time with its source texts. Imported lazily by the loader,
 * so the start-up chunk stays small and the loading state is real.
 */
import model from "../../graph-data/brief.graph.json";
import { validateModel, type ValidationResult } from "../model/validate";

// Every source text next to the model, keyed by its path relative to the model file ("sources/brief.txt").
const texts = import.meta.glob<string>("../../graph-data/sources/*.txt", {
  query: "?raw",
  import: "default",
  eager: true,
});

const byModelPath = new Map(Object.entries(texts).map(([path, text]) => [path.replace("../../graph-data/", ""), text]));

/** Validates the embedded model; its source files are read from the bundled texts. */
export function loadEmbeddedModel(): ValidationResult {
  return validateModel(model, (source) => (source.file === undefined ? undefined : byModelPath.get(source.file)));
}

export const EMBEDDED_NAME = "graph-data/brief.graph.json";
