/**
 * The flat attributes every tabular or XML export shares (CSV, GraphML, GEXF), so Gephi, yEd and a spreadsheet
 * all see the same columns with the same values.
 */
import { citationLabel, plainQuote } from "../sources/citation";
import type { Excerpt, GraphEdge, GraphModel, GraphNode, SourceInfo } from "../brief/schema";
import { NODE_TYPE_INFO, RELATION_INFO, SYMMETRIC_RELATIONS } from "../brief/vocabulary";

export type AttributeValue = string | number;

/**
 * How a node is drawn, for the formats that carry it (GEXF's viz, GraphML and CSV columns), so another tool
 * opens the picture briefgraph shows: its colour as `#rrggbb` and its size on screen at zoom 1.
 */
export interface NodeVisual {
  color: string;
  size: number;
}
export type Visuals = (node: GraphNode) => NodeVisual;

/** A mutual relation (coordinates with, contrasts with) has no direction: exports say so. */
export const isMutual = (edge: GraphEdge): boolean => SYMMETRIC_RELATIONS.has(edge.relation);

export interface AttributeColumn<T> {
  name: string;
  type: "string" | "double";
  value: (item: T) => AttributeValue | undefined;
}

/** Excerpts as one text: each quotation with its short citation, one per line. */
export function excerptsText(excerpts: readonly Excerpt[], sources: ReadonlyMap<string, SourceInfo>): string {
  return excerpts.map((e) => `“${plainQuote(e.quote)}” (${citationLabel(e, sources.get(e.source))})`).join("\n");
}

/** Node columns, in export order; with `visuals`, each node's colour and size too. */
export function nodeColumns(model: GraphModel, visuals?: Visuals): AttributeColumn<GraphNode>[] {
  const sources = new Map(model.sources.map((s) => [s.id, s]));
  return [
    { name: "label", type: "string", value: (n) => n.label },
    { name: "type", type: "string", value: (n) => n.type },
    { name: "type_label", type: "string", value: (n) => NODE_TYPE_INFO[n.type].label },
    { name: "aliases", type: "string", value: (n) => n.aliases?.join("; ") },
    { name: "description", type: "string", value: (n) => n.description },
    { name: "excerpts", type: "string", value: (n) => excerptsText(n.excerpts, sources) },
    { name: "group", type: "string", value: (n) => n.group },
    { name: "x", type: "double", value: (n) => n.position?.x },
    { name: "y", type: "double", value: (n) => n.position?.y },
    ...(visuals
      ? ([
          { name: "color", type: "string", value: (n) => visuals(n).color },
          { name: "size", type: "double", value: (n) => visuals(n).size },
        ] satisfies AttributeColumn<GraphNode>[])
      : []),
  ];
}

/** Edge columns, in export order. */
export function edgeColumns(model: GraphModel): AttributeColumn<GraphEdge>[] {
  const sources = new Map(model.sources.map((s) => [s.id, s]));
  return [
    { name: "relation", type: "string", value: (e) => e.relation },
    { name: "label", type: "string", value: (e) => RELATION_INFO[e.relation].label },
    { name: "excerpts", type: "string", value: (e) => excerptsText(e.excerpts, sources) },
    { name: "note", type: "string", value: (e) => e.note },
    { name: "directed", type: "string", value: (e) => String(!isMutual(e)) },
  ];
}
