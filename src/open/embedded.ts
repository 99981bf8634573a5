/**
 * The model shipped with the app. It is validated when the app is built (the build fails otherwise, see
 * vite.config.ts), so at run time it is fetched as plain data files, parsed and assembled: no schema code and
 * no model-sized JavaScript on the start-up path.
 */
import modelUrl from "../../graph-data/brief.graph.json?url";
import { assembleGraph, type ValidGraph } from "../model/brief/assemble";
import type { GraphModel } from "../model/brief/schema";

// Every source text next to the model, keyed by its path relative to the model file ("sources/brief.txt").
const sourceUrls = import.meta.glob<string>("../../graph-data/sources/*.txt", {
  query: "?url",
  import: "default",
  eager: true,
});
const urlByModelPath = new Map(
  Object.entries(sourceUrls).map(([path, url]) => [path.replace("../../graph-data/", ""), url]),
);

async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} could not be fetched (HTTP ${response.status}).`);
  return response;
}

/** Fetches the embedded model and its source texts, and assembles the graph. */
export async function loadEmbeddedGraph(): Promise<ValidGraph> {
  // Every text is asked for at once, alongside the model, instead of after it: one round trip, not two.
  const textByPath = new Map(
    [...urlByModelPath].map(([path, url]) => {
      const text = fetchOk(url).then((r) => r.text());
      text.catch(() => {}); // a text the model does not name may fail unnoticed; the others are awaited below
      return [path, text] as const;
    }),
  );
  const model = (await (await fetchOk(modelUrl)).json()) as GraphModel;
  const texts = await Promise.all(
    model.sources.map(async (source) => {
      const pending = source.file === undefined ? undefined : textByPath.get(source.file);
      const text = source.text ?? (pending ? await pending : undefined);
      if (text === undefined) throw new Error(`The embedded source ${source.id} is missing from the build.`);
      return [source.id, text] as const;
    }),
  );
  return assembleGraph(model, new Map(texts));
}
