/**
 * Putting a checked model together with its sources' texts: passages for citing and sources by id. The
 * validator calls this once its checks pass; the embedded model, validated when the app is built, comes
 * straight here at run time, so the page never needs the schema code.
 */
import type { SourceTexts } from "./integrity";
import { splitPassages, type Passage } from "../sources/passages";
import type { GraphModel, SourceInfo } from "./schema";

/** A model that passed every check, with its sources' texts and passages ready for citing. */
export interface ValidGraph extends SourceTexts {
  model: GraphModel;
  sourceInfo: ReadonlyMap<string, SourceInfo>;
}

/** Builds the graph of a model already known to be valid; `texts` holds each source's text by id. */
export function assembleGraph(model: GraphModel, texts: ReadonlyMap<string, string>): ValidGraph {
  const passages = new Map<string, readonly Passage[]>();
  for (const source of model.sources) {
    const text = texts.get(source.id);
    if (text !== undefined) passages.set(source.id, splitPassages(text, source.bulletName));
  }
  return { model, texts, passages, sourceInfo: new Map(model.sources.map((s) => [s.id, s])) };
}
