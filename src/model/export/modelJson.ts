/**
 * The model as a self-contained JSON file: each source's text travels inline, so the file reopens anywhere
 * (in briefgraph, or another tool) and validates exactly as the original did.
 */
import type { GraphModel } from "../brief/schema";
import type { ValidGraph } from "../brief/validate";
import { MAX_REMEMBERED_CHARS } from "../file/fileLimits";

/** The validated model with source texts inline in place of file paths; key order follows the schema. */
function selfContainedModel(graph: ValidGraph): GraphModel {
  const { model } = graph;
  return {
    format: model.format,
    version: model.version,
    title: model.title,
    ...(model.description !== undefined ? { description: model.description } : {}),
    sources: model.sources.map(({ file: _file, text: _text, ...source }) => ({
      ...source,
      text: graph.texts.get(source.id) ?? "",
    })),
    nodes: model.nodes,
    edges: model.edges,
  };
}

/** Serializes the model for download, two-space indented like the files curators edit. */
export function toModelJson(graph: ValidGraph): string {
  return `${JSON.stringify(selfContainedModel(graph), null, 2)}\n`;
}

/**
 * The same model, unindented, for the page to remember between visits; undefined when longer than `max`
 * characters. Indentation made a 5,000-node model 5.5 million characters, past what a browser keeps for a
 * site; without it, 3.3 million.
 */
export function toRememberedJson(graph: ValidGraph, max = MAX_REMEMBERED_CHARS): string | undefined {
  const json = JSON.stringify(selfContainedModel(graph));
  return json.length <= max ? json : undefined;
}
