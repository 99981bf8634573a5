/**
 * The flat attributes every tabular or XML export shares (CSV, GraphML, GEXF), so Gephi, yEd and a spreadsheet
 * all see the same columns with the same values.
 */
import { citationLabel, plainQuote } from "../sources/citation";
import type { Excerpt, GraphEdge, GraphModel, GraphNode, SourceInfo } from "../brief/schema";
import { NODE_TYPE_INFO, RELATION_INFO } from "../brief/vocabulary";

export type AttributeValue = string | number;

export interface AttributeColumn<T> {
  name: string;
  type: "string" | "double";
  value: (item: T) => AttributeValue | undefined;
}

/** Excerpts as one text: each quotation with its short citation, one per line. */
export function excerptsText(excerpts: readonly Excerpt[], sources: ReadonlyMap<string, SourceInfo>): string {
  return excerpts.map((e) => `“${plainQuote(e.quote)}” (${citationLabel(e, sources.get(e.source))})`).join("\n");
}

/** Node columns, in export order. */
export function nodeColumns(model: GraphModel): AttributeColumn<GraphNode>[] {
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
  ];
}
