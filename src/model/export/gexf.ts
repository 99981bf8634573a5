/** GEXF 1.2 export, Gephi's native format (1.2draft, which Gephi and networkx both read). */
import type { GraphModel } from "../brief/schema";
import { RELATION_INFO } from "../brief/vocabulary";
import { edgeColumns, isMutual, nodeColumns, type AttributeColumn, type Visuals } from "./attributes";
import { escapeXml } from "./xml";

// `label` is a GEXF element attribute of its own, so it is not repeated among the attvalues.
const withoutLabel = <T>(columns: AttributeColumn<T>[]) => columns.filter((c) => c.name !== "label");

function declarations<T>(columns: AttributeColumn<T>[], domain: "node" | "edge"): string[] {
  return [
    `    <attributes class="${domain}">`,
    ...columns.map(
      (c, i) => `      <attribute id="${i}" title="${c.name}" type="${c.type === "double" ? "double" : "string"}"/>`,
    ),
    "    </attributes>",
  ];
}

function attvalues<T>(columns: AttributeColumn<T>[], item: T): string[] {
  const values = columns.flatMap((c, i) => {
    const value = c.value(item);
    return value === undefined ? [] : [`          <attvalue for="${i}" value="${escapeXml(String(value))}"/>`];
  });
  return values.length ? ["        <attvalues>", ...values, "        </attvalues>"] : [];
}

/** `#rrggbb` → viz:color's red, green and blue. */
function vizColor(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));
  return `        <viz:color r="${r}" g="${g}" b="${b}"/>`;
}

/**
 * Serializes a model as GEXF with type, relation, description and excerpts as attributes; positions, and with
 * `visuals` colours and sizes, as Gephi's viz. A mutual relation is a `mutual` edge: both ways, no arrow.
 */
export function toGexf(model: GraphModel, visuals?: Visuals): string {
  const nodeCols = withoutLabel(nodeColumns(model));
  const edgeCols = withoutLabel(edgeColumns(model));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" version="1.2">',
    `  <meta><creator>briefgraph</creator><description>${escapeXml(model.title)}</description></meta>`,
    '  <graph mode="static" defaultedgetype="directed">',
    ...declarations(nodeCols, "node"),
    ...declarations(edgeCols, "edge"),
    "    <nodes>",
    ...model.nodes.flatMap((n) => [
      `      <node id="${escapeXml(n.id)}" label="${escapeXml(n.label)}">`,
      ...attvalues(nodeCols, n),
      ...(visuals ? [vizColor(visuals(n).color), `        <viz:size value="${visuals(n).size}"/>`] : []),
      ...(n.position ? [`        <viz:position x="${n.position.x}" y="${-n.position.y}" z="0"/>`] : []),
      "      </node>",
    ]),
    "    </nodes>",
    "    <edges>",
    ...model.edges.flatMap((e) => [
      `      <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}"${isMutual(e) ? ' type="mutual"' : ""} label="${escapeXml(RELATION_INFO[e.relation].label)}">`,
      ...attvalues(edgeCols, e),
      "      </edge>",
    ]),
    "    </edges>",
    "  </graph>",
    "</gexf>",
    "",
  ].join("\n");
}
