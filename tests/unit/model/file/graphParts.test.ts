// The load worker sends a big graph in parts; the page must get back exactly the graph the worker validated.
import { describe, expect, it } from "vitest";
import { joinGraph, splitGraph } from "../../../../src/model/file/graphParts";
import { loadSmallGraph } from "../../../support/smallGraph";

describe("splitGraph and joinGraph", () => {
  const graph = loadSmallGraph().valid;

  it("cut the nodes and edges into parts of at most the given size, in order", () => {
    const { rest, parts } = splitGraph(graph, 3);
    expect(rest.model.nodes).toEqual([]);
    expect(rest.model.edges).toEqual([]);
    expect(rest.texts).toBe(graph.texts);
    for (const part of parts) expect(part.items.length).toBeLessThanOrEqual(3);
    const ids = (kind: string) => parts.filter((p) => p.kind === kind).flatMap((p) => p.items.map((i) => i.id));
    expect(ids("nodes")).toEqual(graph.model.nodes.map((n) => n.id));
    expect(ids("edges")).toEqual(graph.model.edges.map((e) => e.id));
  });

  it("give back the same graph, after a structured clone as between a worker and the page", () => {
    for (const size of [1, 2, 5000]) {
      const { rest, parts } = splitGraph(graph, size);
      const joined = joinGraph(
        structuredClone(rest),
        parts.map((p) => structuredClone(p)),
      );
      expect(joined).toEqual(graph);
    }
  });

  it("leave the graph it was given untouched", () => {
    const before = structuredClone(graph);
    splitGraph(graph, 2);
    expect(graph).toEqual(before);
  });
});
