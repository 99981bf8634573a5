/** GraphML export, for yEd, Cytoscape desktop, Gephi and networkx. */
import type { GraphModel } from "../brief/schema";
import { edgeColumns, nodeColumns, type AttributeColumn, type Visuals } from "./attributes";
import { escapeXml } from "./xml";

function keys<T>(columns: AttributeColumn<T>[], domain: "node" | "edge"): string[] {
  return columns.map(
    (c) => `  <key id="${domain[0]}_${c.name}" for="${domain}" attr.name="${c.name}" attr.type="${c.type}"/>`,
  );
}

function data<T>(columns: AttributeColumn<T>[], item: T, prefix: string): string[] {
  return columns.flatMap((c) => {
    const value = c.value(item);
    return value === undefined ? [] : [`      <data key="${prefix}_${c.name}">${escapeXml(String(value))}</data>`];
  });
}

/**
 * Serializes a model as a directed GraphML document with labels, types, relations and excerpts as attributes,
 * and with `visuals` each node's colour and size. A mutual relation is marked by its `directed` attribute
 * ("false"), not GraphML's own `directed="false"`: a graph mixing both is refused by networkx and others.
 */
export function toGraphML(model: GraphModel, visuals?: Visuals): string {
  const nodeCols = nodeColumns(model, visuals);
  const edgeCols = edgeColumns(model);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys(nodeCols, "node"),
    ...keys(edgeCols, "edge"),
    `  <graph id="${escapeXml(model.title)}" edgedefault="directed">`,
    ...model.nodes.flatMap((n) => [`    <node id="${escapeXml(n.id)}">`, ...data(nodeCols, n, "n"), "    </node>"]),
    ...model.edges.flatMap((e) => [
      `    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}">`,
      ...data(edgeCols, e, "e"),
      "    </edge>",
    ]),
    "  </graph>",
    "</graphml>",
    "",
  ].join("\n");
}
