/**
 * A graph's rankings by connections and by betweenness, computed once per graph and kept while it is shown.
 * Betweenness takes a pass from every node (model/query/betweenness.ts): big graphs go without it.
 */
import type { GraphIndex } from "../../model/query/graphIndex";
import { betweenness } from "../../model/query/betweenness";
import { degrees, directionWords, formatBetweenness, ordinal, ranking, type Ranked } from "../../model/query/figures";
import { degrees as connectionsOfAll } from "../../model/query/importance";
import { isBigModel } from "../../model/query/graphSize";

export interface Rankings {
  connections: Ranked[];
  /** Null for a big graph. */
  betweenness: Ranked[] | null;
  /** Each node's place in either, by id. */
  byId: Map<string, { connections: Ranked; betweenness?: Ranked }>;
}

const kept = new WeakMap<GraphIndex, Rankings>();

/** The rankings of the graph `index` indexes. */
export function rankingsOf(index: GraphIndex): Rankings {
  const known = kept.get(index);
  if (known) return known;
  const connections = ranking(connectionsOfAll(index.model));
  const central = isBigModel(index.model) ? null : ranking(betweenness(index.model));
  const byId = new Map(
    connections.map((r) => [r.id, { connections: r } as { connections: Ranked; betweenness?: Ranked }]),
  );
  for (const r of central ?? []) byId.get(r.id)!.betweenness = r;
  const rankings = { connections, betweenness: central, byId };
  kept.set(index, rankings);
  return rankings;
}

/** A node's figures in one line, as the list view gives them: "7 connections (3 outgoing, …); betweenness 0.079". */
export function figuresLine(index: GraphIndex, nodeId: string): string {
  const counts = degrees(index, nodeId);
  const { total } = counts;
  const central = rankingsOf(index).byId.get(nodeId)?.betweenness;
  const ofAll = index.nodes.size;
  return [
    `${total} connection${total === 1 ? "" : "s"} (${directionWords(counts)})`,
    ...(central ? [`betweenness ${formatBetweenness(central.value)}, ${ordinal(central.rank)} of ${ofAll}`] : []),
  ].join("; ");
}
