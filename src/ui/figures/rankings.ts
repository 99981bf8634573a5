/**
 * A graph's rankings by connections and by betweenness, computed once per graph and kept while it is shown.
 * Betweenness takes a pass from every node (model/query/betweenness.ts): big graphs go without it, and larger
 * ones get it a moment after their figures are shown.
 */
import { useEffect, useReducer } from "react";
import type { GraphIndex } from "../../model/query/graphIndex";
import { betweenness } from "../../model/query/betweenness";
import { degreeOfAll, degrees, ordinal, ranking, type Ranked } from "../../model/query/figures";
import { isBigModel } from "../../model/query/graphSize";

export interface Rankings {
  connections: Ranked[];
  /** Null for a big graph; undefined while it is being worked out (useRankings). */
  betweenness: Ranked[] | null | undefined;
  /** Each node's place in either, by id. */
  byId: Map<string, { connections: Ranked; betweenness?: Ranked }>;
}

const kept = new WeakMap<GraphIndex, Rankings>();
const pending = new WeakMap<GraphIndex, Promise<void>>();
/**
 * Graphs up to this many nodes have their betweenness worked out at once (a few ms for a brief); larger ones
 * after the figures are shown (600 nodes take ~0.3 s here), so a click never waits for it.
 */
const AT_ONCE = 150;

/** The rankings of the graph `index` indexes, so far: betweenness may still be on its way (useRankings). */
export function rankingsOf(index: GraphIndex): Rankings {
  const known = kept.get(index);
  if (known) return known;
  const connections = ranking(degreeOfAll(index));
  const byId = new Map(
    connections.map((r) => [r.id, { connections: r } as { connections: Ranked; betweenness?: Ranked }]),
  );
  const rankings: Rankings = { connections, betweenness: isBigModel(index.model) ? null : undefined, byId };
  kept.set(index, rankings);
  if (rankings.betweenness === undefined && index.nodes.size <= AT_ONCE) addBetweenness(index, rankings);
  return rankings;
}

function addBetweenness(index: GraphIndex, rankings: Rankings): void {
  const central = ranking(betweenness(index.model));
  for (const r of central) rankings.byId.get(r.id)!.betweenness = r;
  rankings.betweenness = central;
}

/** Works out the betweenness still missing, in a task of its own after the current one. */
function completeRankings(index: GraphIndex): Promise<void> {
  const known = pending.get(index);
  if (known) return known;
  const done = new Promise<void>((resolve) =>
    setTimeout(() => {
      const rankings = rankingsOf(index);
      if (rankings.betweenness === undefined) addBetweenness(index, rankings);
      resolve();
    }, 0),
  );
  pending.set(index, done);
  return done;
}

/** The rankings of `index`, rendering again once a larger graph's betweenness is worked out. */
export function useRankings(index: GraphIndex): Rankings {
  const [, rendered] = useReducer((n: number) => n + 1, 0);
  const rankings = rankingsOf(index);
  const waiting = rankings.betweenness === undefined;
  useEffect(() => {
    if (!waiting) return undefined;
    let current = true;
    void completeRankings(index).then(() => current && rendered());
    return () => {
      current = false;
    };
  }, [index, waiting]);
  return rankings;
}

/** A node's figures in one line, as the list view gives them: "7 connections (3 outgoing, …); betweenness 0.079". */
export function figuresLine(index: GraphIndex, nodeId: string, rankings = rankingsOf(index)): string {
  const { total, out, in: incoming, mutual } = degrees(index, nodeId);
  const directions = [`${out} outgoing`, `${incoming} incoming`, ...(mutual > 0 ? [`${mutual} mutual`] : [])];
  const central = rankings.byId.get(nodeId)?.betweenness;
  const ofAll = index.nodes.size;
  return [
    `${total} connection${total === 1 ? "" : "s"} (${directions.join(", ")})`,
    ...(central ? [`betweenness ${formatBetweenness(central.value)}, ${ordinal(central.rank)} of ${ofAll}`] : []),
  ].join("; ");
}

/** Betweenness as analysts read it: three decimals, or "0" for none. */
export const formatBetweenness = (value: number): string => (value === 0 ? "0" : value.toFixed(3));
