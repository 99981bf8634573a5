/**
 * Who is asked to do what: every recommendation against the actors, bodies, organisations and people it names,
 * built from the model's relations so that it works for any model with recommendations. A recommendation
 * `addressed to` someone asks them to act; one that `involves` them concerns them without asking. Each cell
 * is the edge that says so, with its quotation.
 */
import type { GraphEdge, GraphModel, GraphNode } from "../brief/schema";
import type { NodeType, Relation } from "../brief/vocabulary";

/** The kinds of node that can be asked to act. */
const WHO: ReadonlySet<NodeType> = new Set<NodeType>(["actor", "un-body", "organization", "person"]);
/** What a cell says, strongest first. */
export const ASKS: readonly Relation[] = ["addressed-to", "involves"];

export interface MatrixCell {
  /** The strongest relation between the two: asked (`addressed-to`) before concerned (`involves`). */
  edge: GraphEdge;
  asked: boolean;
}

export interface WhoIsAsked {
  rows: GraphNode[];
  /** Those asked or concerned, the most often asked first. */
  columns: GraphNode[];
  cell: (rowId: string, columnId: string) => MatrixCell | undefined;
  /** How many recommendations ask each column to act. */
  askedCount: ReadonlyMap<string, number>;
  /** How many each row asks to act. */
  asks: ReadonlyMap<string, number>;
}

/** The recommendations of `model` against whom they ask or concern. */
export function whoIsAsked(model: GraphModel): WhoIsAsked {
  const nodes = new Map(model.nodes.map((n) => [n.id, n]));
  const rows = model.nodes.filter((n) => n.type === "recommendation");
  const rowIds = new Set(rows.map((n) => n.id));
  const cells = new Map<string, MatrixCell>();
  const askedCount = new Map<string, number>();
  const asks = new Map<string, number>();
  const mentioned = new Map<string, number>();
  for (const edge of model.edges) {
    const target = nodes.get(edge.target);
    if (!rowIds.has(edge.source) || !target || !WHO.has(target.type) || !ASKS.includes(edge.relation)) continue;
    const key = `${edge.source}\u0000${edge.target}`;
    const asked = edge.relation === "addressed-to";
    const known = cells.get(key);
    if (!known || (asked && !known.asked)) cells.set(key, { edge, asked });
    if (asked && !known?.asked) {
      askedCount.set(edge.target, (askedCount.get(edge.target) ?? 0) + 1);
      asks.set(edge.source, (asks.get(edge.source) ?? 0) + 1);
    }
    if (!known) mentioned.set(edge.target, (mentioned.get(edge.target) ?? 0) + 1);
  }
  const columns = [...mentioned.keys()]
    .map((id) => nodes.get(id)!)
    .toSorted(
      (a, b) =>
        (askedCount.get(b.id) ?? 0) - (askedCount.get(a.id) ?? 0) ||
        mentioned.get(b.id)! - mentioned.get(a.id)! ||
        a.label.localeCompare(b.label),
    );
  return { rows, columns, cell: (row, column) => cells.get(`${row}\u0000${column}`), askedCount, asks };
}
