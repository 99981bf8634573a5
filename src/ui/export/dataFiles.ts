/** The text of each data export, from the model serializers in src/model/export. */
import { citationsMarkdown, type CitationLinks } from "../../model/export/citationsMarkdown";
import { edgesCsv, nodesCsv } from "../../model/export/csv";
import { EXPORT_FORMATS, type ExportFormat } from "../../model/export/formats";
import { toGexf } from "../../model/export/gexf";
import { toGraphML } from "../../model/export/graphml";
import { toModelJson } from "../../model/export/modelJson";
import { textBlob } from "./download";
import type { LoadedGraph } from "../../state/appState";
import type { GraphModel, Position } from "../../model/brief/schema";
import type { Visuals } from "../../model/export/attributes";
import { importance, nodeSizes } from "../../model/query/importance";
import { NODE_LOOK } from "../../look/appearance";

/** Each node's colour (its type's fill) and size (its connections, or the curators' weight), as drawn. */
function visualsOf(model: GraphModel): Visuals {
  const sizes = nodeSizes(importance(model));
  return (node) => ({ color: NODE_LOOK[node.type].fill.toLowerCase(), size: sizes.get(node.id) ?? 0 });
}

export interface CitationScope {
  ids: ReadonlySet<string>;
  heading: string;
  links: CitationLinks;
}

/** The file for a data or citations format; images are drawn by the canvas instead. */
export function dataFile(
  graph: LoadedGraph,
  format: ExportFormat,
  citations: CitationScope,
  arrangement?: ReadonlyMap<string, Position>,
): Blob {
  // With an arrangement, each node where the canvas has it: opened again, the graph looks as it did.
  const valid = arrangement
    ? {
        ...graph.valid,
        model: {
          ...graph.valid.model,
          nodes: graph.valid.model.nodes.map((n) => ({ ...n, position: arrangement.get(n.id) ?? n.position })),
        },
      }
    : graph.valid;
  const { model } = valid;
  const text = (() => {
    switch (format) {
      case "json":
        return toModelJson(valid);
      case "graphml":
        return toGraphML(model, visualsOf(model));
      case "gexf":
        return toGexf(model, visualsOf(model));
      case "nodes-csv":
        return nodesCsv(model, visualsOf(model));
      case "edges-csv":
        return edgesCsv(model);
      case "citations-md":
        return citationsMarkdown(model, citations.ids, citations.heading, graph.valid.texts, citations.links);
      default:
        throw new Error(`${EXPORT_FORMATS[format].label} is an image format.`);
    }
  })();
  return textBlob(text, format);
}
