/**
 * Synthetic models of any size for tests and benchmarks: n nodes of mixed types, two edges per node, every
 * node and edge quoting its own sentence of a generated source, so they pass the same validation as real ones.
 */
import { sha256Hex } from "../../src/model/brief/sha256";
import { NODE_TYPES, RELATIONS } from "../../src/model/brief/vocabulary";
import type { GraphModel } from "../../src/model/brief/schema";

/** A valid, self-contained model with `n` nodes and 2n edges; with `positions`, laid out on a grid. */
export function syntheticModel(n: number, { positions = false } = {}): GraphModel {
  const sentences = Array.from({ length: n }, (_, i) => `Item ${i} is discussed.`);
  const text = sentences.join(" ");
  const starts: number[] = [];
  let at = 0;
  for (const s of sentences) {
    starts.push(at);
    at += s.length + 1;
  }
  const excerpt = (i: number) => ({
    source: "synthetic",
    quote: sentences[i]!,
    start: starts[i]!,
    end: starts[i]! + sentences[i]!.length,
    passage: "paragraph 1",
  });
  const side = Math.ceil(Math.sqrt(n));
  const nodes = sentences.map((_, i) => ({
    id: `n${i}`,
    label: `Item ${i}`,
    type: NODE_TYPES[i % NODE_TYPES.length]!,
    description: `Synthetic node ${i}.`,
    excerpts: [excerpt(i)],
    ...(positions ? { position: { x: (i % side) * 150, y: Math.floor(i / side) * 90 } } : {}),
  }));
  // Two edges per node: to the next node, and to one a stride away, so the graph is connected but not a ring.
  const edges = nodes.flatMap((node, i) => [
    {
      id: `e${i}a`,
      source: node.id,
      target: `n${(i + 1) % n}`,
      relation: RELATIONS[i % RELATIONS.length]!,
      excerpts: [excerpt(i)],
    },
    {
      id: `e${i}b`,
      source: node.id,
      target: `n${(i * 7 + 3) % n === i ? (i + 2) % n : (i * 7 + 3) % n}`,
      relation: RELATIONS[(i + 5) % RELATIONS.length]!,
      excerpts: [excerpt(i)],
    },
  ]);
  return {
    format: "briefgraph",
    version: 1,
    title: `Synthetic graph of ${n.toLocaleString("en")} nodes`,
    sources: [
      {
        id: "synthetic",
        title: "Generated text",
        shortTitle: "Generated",
        publisher: "briefgraph tests",
        date: "2026-01-01",
        kind: "other",
        role: "primary",
        text,
        sha256: sha256Hex(text),
      },
    ],
    nodes,
    edges,
  };
}
