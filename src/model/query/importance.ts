/**
 * How much each node matters to the picture: its number of connections by default, a curated `weight` where
 * the model gives one, or its betweenness (how many shortest paths between other nodes pass through it). Size
 * on the canvas follows it, and so does which labels are drawn first when they compete for room.
 */
import type { GraphModel } from "../brief/schema";
import type { NodeType } from "../brief/vocabulary";

/** What node size says. */
export type SizeMeasure = "degree" | "betweenness";
export const SIZE_MEASURES: readonly SizeMeasure[] = ["degree", "betweenness"];

/** Each node's number of connections, ignoring direction. */
export function degrees(model: GraphModel): Map<string, number> {
  const degree = new Map(model.nodes.map((n) => [n.id, 0]));
  for (const edge of model.edges) {
    degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
    if (edge.target !== edge.source) degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
  }
  return degree;
}

/**
 * Each node's importance by connections, where a curated `weight` in the model takes precedence. Betweenness
 * is in betweenness.ts, loaded only when a reader asks for it.
 */
export function importance(model: GraphModel): Map<string, number> {
  const degree = degrees(model);
  return new Map(model.nodes.map((n) => [n.id, n.weight ?? degree.get(n.id) ?? 0]));
}

/** Shape sizes on screen at zoom 1, px: the least and the most important node. */
export const NODE_SIZE_RANGE = { min: 24, max: 60 } as const;

/**
 * Each node's shape size: the square root of its importance scaled between NODE_SIZE_RANGE's ends, so area
 * grows with importance and a hub of 47 connections is drawn visibly larger than a node of 5.
 */
export function nodeSizes(values: ReadonlyMap<string, number>): Map<string, number> {
  const top = Math.max(0, ...values.values());
  const { min, max } = NODE_SIZE_RANGE;
  return new Map(
    [...values].map(([id, value]) => [id, top > 0 ? Math.round(min + (max - min) * Math.sqrt(value / top)) : min]),
  );
}

/** Kinds whose labels come first, in this order: what a brief asks, whom it asks, and what it found. */
const LEADING_TYPES: readonly NodeType[] = ["recommendation", "un-body", "finding"];
const lead = (type: NodeType) => {
  const i = LEADING_TYPES.indexOf(type);
  return i < 0 ? LEADING_TYPES.length : i;
};

/**
 * Node ids in the order their labels are offered room: recommendations, then UN bodies, then findings, then
 * the rest by importance, ties by label, so the same picture always shows the same labels.
 */
export function labelOrder(model: GraphModel, values: ReadonlyMap<string, number>): string[] {
  return model.nodes
    .toSorted(
      (a, b) =>
        lead(a.type) - lead(b.type) ||
        (values.get(b.id) ?? 0) - (values.get(a.id) ?? 0) ||
        a.label.localeCompare(b.label, "en"),
    )
    .map((n) => n.id);
}
