/**
 * A valid graph cut into parts for the trip from the load worker to the page. A message's data is rebuilt
 * on the page in the task that receives it: a 20,000-node model in one message took ~230 ms there (its
 * 60,000 nodes and edges are hundreds of thousands of objects). Sent as several messages, the nodes and
 * edges arrive a slice per task, and the page stays responsive between them.
 */
import type { ValidGraph } from "../brief/assemble";
import type { GraphModel } from "../brief/schema";

type Node = GraphModel["nodes"][number];
type Edge = GraphModel["edges"][number];

export type GraphPart = { kind: "nodes"; items: Node[] } | { kind: "edges"; items: Edge[] };

/** Nodes or edges per part: rebuilding ~5,000 of them takes about 20 ms on the page here. */
const PART_SIZE = 5000;

/** The graph without its nodes and edges, and those in parts of at most `size`, in their order. */
export function splitGraph(graph: ValidGraph, size = PART_SIZE): { rest: ValidGraph; parts: GraphPart[] } {
  const { nodes, edges } = graph.model;
  const parts: GraphPart[] = [];
  for (let i = 0; i < nodes.length; i += size) parts.push({ kind: "nodes", items: nodes.slice(i, i + size) });
  for (let i = 0; i < edges.length; i += size) parts.push({ kind: "edges", items: edges.slice(i, i + size) });
  return { rest: { ...graph, model: { ...graph.model, nodes: [], edges: [] } }, parts };
}

/** Puts the graph back together from `splitGraph`'s output, parts in the order they were made. */
export function joinGraph(rest: ValidGraph, parts: readonly GraphPart[]): ValidGraph {
  const nodes: Node[] = [];
  const edges: Edge[] = [];
  for (const part of parts) {
    if (part.kind === "nodes") for (const node of part.items) nodes.push(node);
    else for (const edge of part.items) edges.push(edge);
  }
  return { ...rest, model: { ...rest.model, nodes, edges } };
}
