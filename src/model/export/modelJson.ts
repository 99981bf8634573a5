/**
 * The model as a self-contained JSON file: each source's text travels inline, so the file reopens anywhere
 * (in briefgraph, or another tool) and validates exactly as the original did.
 */
import type { GraphModel } from "../schema";
import type { ValidGraph } from "../validate";

/** The validated model with source texts inline in place of file paths; key order follows the schema. */
export function selfContainedModel(graph: ValidGraph): GraphModel {
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
