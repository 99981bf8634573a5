// How much each node matters: connections, a curated weight, or betweenness; size and label order follow it.
// Over the small fixture (four nodes of the brief) and hand-made shapes whose answers are known.
import { describe, expect, it } from "vitest";
import type { GraphModel } from "../../../../src/model/brief/schema";
import { betweenness } from "../../../../src/model/query/betweenness";
import { degrees, importance, labelOrder, nodeSizes, NODE_SIZE_RANGE } from "../../../../src/model/query/importance";
import { smallModel } from "../brief/brokenModels";

/** A model of bare nodes and edges: only ids, types and ends matter here. */
function shape(edges: [string, string][], types: Record<string, string> = {}): GraphModel {
  const ids = [...new Set(edges.flat())];
  return {
    nodes: ids.map((id) => ({ id, label: id.toUpperCase(), type: types[id] ?? "concept" })),
    edges: edges.map(([source, target], i) => ({ id: `e${i}`, source, target, relation: "supports" })),
  } as unknown as GraphModel;
}

describe("importance", () => {
  it("counts connections both ways", () => {
    expect(Object.fromEntries(degrees(smallModel()))).toEqual({
      pbc: 3,
      pbf: 1,
      "security-council": 1,
      "cote-d-ivoire": 1,
    });
  });

  it("puts the middle of a path on every shortest path, and a star's centre on all of them", () => {
    const path = betweenness(
      shape([
        ["a", "b"],
        ["b", "c"],
      ]),
    );
    expect(Object.fromEntries(path)).toEqual({ a: 0, b: 1, c: 0 });
    const star = betweenness(
      shape([
        ["hub", "x"],
        ["hub", "y"],
        ["hub", "z"],
      ]),
    );
    expect(star.get("hub")).toBe(1);
    expect(star.get("x")).toBe(0);
  });

  it("takes a curated weight over the number of connections", () => {
    const model = smallModel();
    model.nodes[1]!.weight = 9;
    expect(importance(model).get("pbf")).toBe(9);
    expect(importance(model).get("pbc")).toBe(3);
  });

  it("sizes by the square root of importance, between the range's ends", () => {
    const sizes = nodeSizes(
      new Map([
        ["none", 0],
        ["quarter", 25],
        ["top", 100],
      ]),
    );
    expect(sizes.get("none")).toBe(NODE_SIZE_RANGE.min);
    expect(sizes.get("quarter")).toBe((NODE_SIZE_RANGE.min + NODE_SIZE_RANGE.max) / 2);
    expect(sizes.get("top")).toBe(NODE_SIZE_RANGE.max);
  });

  it("offers recommendations room first, then UN bodies, then the rest by importance", () => {
    const model = shape(
      [
        ["r", "c"],
        ["c", "u"],
        ["c", "d"],
        ["d", "e"],
      ],
      { r: "recommendation", u: "un-body" },
    );
    expect(labelOrder(model, degrees(model))).toEqual(["r", "u", "c", "d", "e"]);
  });
});
