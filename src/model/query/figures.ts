/**
 * The figures an analyst asks of a node: how many connections it has, which way they run, and how central it
 * is (betweenness.ts); and rankings of the nodes by either, ties sharing a rank.
 */
import { SYMMETRIC_RELATIONS } from "../brief/vocabulary";
import type { GraphIndex } from "./graphIndex";

export interface Degrees {
  /** Every connection. */
  total: number;
  /** From this node. */
  out: number;
  /** To this node. */
  in: number;
  /** Mutual relations (coordinates with): neither out nor in. */
  mutual: number;
}

/** The connections of `nodeId`, by direction. */
export function degrees(index: GraphIndex, nodeId: string): Degrees {
  const figures = { total: 0, out: 0, in: 0, mutual: 0 };
  for (const edge of index.incident.get(nodeId) ?? []) {
    figures.total += 1;
    if (SYMMETRIC_RELATIONS.has(edge.relation)) figures.mutual += 1;
    else if (edge.source === nodeId) figures.out += 1;
    else figures.in += 1;
  }
  return figures;
}

/** The directions of a node's connections in words: "3 outgoing, 3 incoming, 1 mutual". */
export function directionWords({ out, in: incoming, mutual }: Degrees): string {
  return [`${out} outgoing`, `${incoming} incoming`, ...(mutual > 0 ? [`${mutual} mutual`] : [])].join(", ");
}

/** Betweenness as analysts read it: three decimals, or "0" for none. */
export const formatBetweenness = (value: number): string => (value === 0 ? "0" : value.toFixed(3));

export interface Ranked {
  id: string;
  value: number;
  /** 1 for the highest; equal values share the rank of the first of them ("1, 2, 2, 4"). */
  rank: number;
}

/** Every node by `values`, highest first; among equals, in the order given. */
export function ranking(values: ReadonlyMap<string, number>): Ranked[] {
  const sorted = [...values].toSorted((a, b) => b[1] - a[1]);
  const ranked: Ranked[] = [];
  sorted.forEach(([id, value], i) => {
    const previous = ranked[i - 1];
    ranked.push({ id, value, rank: previous && previous.value === value ? previous.rank : i + 1 });
  });
  return ranked;
}

/** "1st", "2nd", "3rd", "11th", "22nd". */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}
