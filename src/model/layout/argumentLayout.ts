/**
 * A layout that follows a brief's argument, read left to right: what the meeting found (findings, and the
 * places they are about), the ideas those findings involve, the recommendations, the ideas they involve, and
 * whom they are addressed to (UN bodies, actors). The meeting's logistics (events, organisers, speakers,
 * documents) sit in a row along the bottom edge, out of the argument's way. Within each column, nodes are
 * ordered to keep connected nodes level with each other (a few barycentre sweeps, as layered graph drawing
 * does), and a tall column is split into staggered sub-columns so labels side by side do not meet.
 *
 * Deterministic: the same model always gives the same positions (no randomness, ties broken by label).
 */
import type { GraphModel, Position } from "../brief/schema";
import type { NodeType } from "../brief/vocabulary";

/** A node's part in the argument. */
type Role = "finding" | "recommendation" | "addressee" | "concept" | "context";

const ROLE: Record<NodeType, Role> = {
  finding: "finding",
  place: "finding",
  recommendation: "recommendation",
  "un-body": "addressee",
  actor: "addressee",
  concept: "concept",
  event: "context",
  organization: "context",
  person: "context",
  document: "context",
};

/** Spacing in model units (px at zoom 1). */
export const ARGUMENT_SPACING = {
  /** Between columns. */
  column: 220,
  /** After the findings and after the recommendations: room for their labels, the ones a reader comes for. */
  afterFindings: 340,
  afterRecommendations: 490,
  /** Between a column's sub-columns. */
  subColumn: 150,
  /** Between nodes one above the other, in the tallest column; shorter ones spread over the same height. */
  row: 88,
  /** Above the row of logistics. */
  contextGap: 100,
  /** Nodes in a sub-column before the column is split. */
  maxRows: 14,
  /** The same for the last column, which stays short (see argumentLayout). */
  lastMaxRows: 9,
} as const;

const COLUMNS = ["finding", "concept-before", "recommendation", "concept-after", "addressee"] as const;
type Column = (typeof COLUMNS)[number];

/** The column of each node outside the logistics row; concepts go beside what mostly involves them. */
function columnsOf(model: GraphModel): Map<string, Column> {
  const type = new Map(model.nodes.map((n) => [n.id, n.type]));
  const pulls = new Map<string, { finding: number; recommendation: number }>();
  for (const edge of model.edges) {
    for (const [self, other] of [
      [edge.source, edge.target],
      [edge.target, edge.source],
    ] as const) {
      const otherRole = ROLE[type.get(other) ?? "concept"];
      if (otherRole !== "finding" && otherRole !== "recommendation") continue;
      const pull = pulls.get(self) ?? { finding: 0, recommendation: 0 };
      pull[otherRole] += 1;
      pulls.set(self, pull);
    }
  }
  const columns = new Map<string, Column>();
  for (const node of model.nodes) {
    const role = ROLE[node.type];
    if (role === "context") continue;
    if (role !== "concept") columns.set(node.id, role);
    else {
      const pull = pulls.get(node.id);
      columns.set(node.id, pull && pull.finding > pull.recommendation ? "concept-before" : "concept-after");
    }
  }
  return columns;
}

/** Neighbour ids of each node, ignoring direction. */
function neighboursOf(model: GraphModel): Map<string, string[]> {
  const neighbours = new Map<string, string[]>(model.nodes.map((n) => [n.id, []]));
  for (const edge of model.edges) {
    if (edge.source === edge.target) continue;
    neighbours.get(edge.source)?.push(edge.target);
    neighbours.get(edge.target)?.push(edge.source);
  }
  return neighbours;
}

/** Reorders `ids` by the mean rank of their neighbours found in `rank`; those with none keep their place. */
function byBarycentre(ids: string[], neighbours: Map<string, string[]>, rank: Map<string, number>): string[] {
  const keyed = ids.map((id, i) => {
    const ranks = (neighbours.get(id) ?? []).map((n) => rank.get(n)).filter((r): r is number => r !== undefined);
    return { id, key: ranks.length ? ranks.reduce((a, b) => a + b, 0) / ranks.length : (i / ids.length) * 1e-9 + i };
  });
  // A node with no ranked neighbour keeps its relative place among the others.
  return keyed.toSorted((a, b) => a.key - b.key).map((k) => k.id);
}

/** Positions for every node of `model`, its argument read left to right and its logistics along the bottom. */
export function argumentLayout(model: GraphModel): Map<string, Position> {
  const S = ARGUMENT_SPACING;
  const columnOf = columnsOf(model);
  const neighbours = neighboursOf(model);
  const label = new Map(model.nodes.map((n) => [n.id, n.label]));
  const byLabel = (a: string, b: string) => label.get(a)!.localeCompare(label.get(b)!, "en");
  const type = new Map(model.nodes.map((n) => [n.id, n.type]));
  // Findings above the places they are about; otherwise alphabetical to start from.
  const start = (a: string, b: string) => (type.get(a) === "place" ? 1 : 0) - (type.get(b) === "place" ? 1 : 0);
  let columns = COLUMNS.map((column) =>
    model.nodes
      .map((n) => n.id)
      .filter((id) => columnOf.get(id) === column)
      .toSorted((a, b) => start(a, b) || byLabel(a, b)),
  );

  // Sweeps right, then left, then right again: each column ordered by its neighbours' places in the others.
  const ranks = () => {
    const rank = new Map<string, number>();
    columns.forEach((ids) => ids.forEach((id, i) => rank.set(id, (i + 0.5) / ids.length)));
    return rank;
  };
  for (const order of [
    [1, 2, 3, 4],
    [3, 2, 1, 0],
    [1, 2, 3, 4],
    [3, 2, 1, 0],
  ]) {
    for (const c of order) {
      const rank = ranks();
      columns = columns.map((ids, i) => (i === c ? byBarycentre(ids, neighbours, rank) : ids));
    }
  }

  const positions = new Map<string, Position>();
  const lastColumn = COLUMNS.length - 1;
  const partsOf = (ids: readonly string[], c: number) =>
    Math.ceil(ids.length / (c === lastColumn ? S.lastMaxRows : S.maxRows));
  const rowsOf = (ids: readonly string[], c: number) => Math.ceil(ids.length / partsOf(ids, c));
  // Every column spreads over the height of the tallest, so a short one's labels get more room each.
  const height = (Math.max(1, ...columns.map(rowsOf)) - 1) * S.row;
  let x = 0;
  let right = 0;
  columns.forEach((ids, c) => {
    if (ids.length === 0) return;
    // A tall column is dealt into sub-columns in turn, each shifted down by a share of a row, so neighbours
    // in the order sit side by side but never label beside label.
    const parts = partsOf(ids, c);
    const rows = rowsOf(ids, c);
    // The last column stays short, at the bottom: the corner above it is kept free for the canvas's controls
    // (a node under them makes the view frame again, smaller, around them).
    const last = c === lastColumn;
    const step = rows > 1 ? (last ? S.row : height / (rows - 1)) : 0;
    const drop = last ? (height - (rows - 1) * step) / 2 : 0;
    const across = S.subColumn;
    ids.forEach((id, i) => {
      const part = i % parts;
      const row = Math.floor(i / parts);
      const y = (rows > 1 ? (row - (rows - 1) / 2) * step + (part * step) / parts : 0) + drop;
      positions.set(id, { x: x + part * across, y: Math.round(y) });
    });
    right = x + (parts - 1) * across;
    const gap = { finding: S.afterFindings, recommendation: S.afterRecommendations }[COLUMNS[c] as string];
    x = right + (gap ?? S.column);
  });
  const width = right;
  const bottom = height / 2;

  // The logistics, along the bottom, each under the middle of what it connects to.
  const context = model.nodes.filter((n) => ROLE[n.type] === "context").map((n) => n.id);
  const wanted = context.map((id) => {
    const xs = (neighbours.get(id) ?? []).map((n) => positions.get(n)?.x).filter((v): v is number => v !== undefined);
    return { id, x: xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : width / 2 };
  });
  const ordered = wanted.toSorted((a, b) => a.x - b.x || byLabel(a.id, b.id));
  const step = ordered.length > 1 ? Math.max(S.subColumn, width / (ordered.length - 1)) : 0;
  const left = ordered.length > 1 ? (width - step * (ordered.length - 1)) / 2 : width / 2;
  ordered.forEach(({ id }, i) => {
    // Every other one a little lower, so their labels stagger too.
    positions.set(id, { x: Math.round(left + i * step), y: Math.round(bottom + S.contextGap + (i % 2) * (S.row / 2)) });
  });
  return positions;
}
