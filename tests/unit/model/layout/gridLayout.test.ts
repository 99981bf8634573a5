// The fast placement used for big models without positions, over the small fixture and synthetic rings.
import { describe, expect, it } from "vitest";
import { breadthFirstOrder, gridLayout, spiralCell } from "../../../../src/model/layout/gridLayout";
import { findOverlaps, nodeBox } from "../../../../src/model/geometry/labelBoxes";
import type { GraphModel } from "../../../../src/model/brief/schema";
import { smallModel } from "../brief/brokenModels";

/** A ring of n concept nodes, each linked to the next (excerpts are irrelevant to placement). */
function ring(n: number): GraphModel {
  const excerpts = [{ source: "s", quote: "q", start: 0, end: 1, passage: "paragraph 1" }];
  const nodes = Array.from({ length: n }, (_, i) => ({
    id: `n${i}`,
    label: `Node number ${i}`,
    type: "concept" as const,
    description: "d",
    excerpts,
  }));
  const edges = nodes.map((node, i) => ({
    id: `e${i}`,
    source: node.id,
    target: `n${(i + 1) % n}`,
    relation: "involves" as const,
    excerpts,
  }));
  return { format: "briefgraph", version: 1, title: "ring", sources: [], nodes, edges };
}

describe("gridLayout", () => {
  it("walks the spiral ring by ring without repeating a cell", () => {
    const cells = Array.from({ length: 49 }, (_, i) => spiralCell(i));
    expect(new Set(cells.map((c) => `${c.col},${c.row}`)).size).toBe(49);
    expect(cells.slice(0, 9).every((c) => Math.abs(c.col) <= 1 && Math.abs(c.row) <= 1)).toBe(true);
  });

  it("starts from the best-connected node and visits neighbours first", () => {
    expect(breadthFirstOrder(smallModel())).toEqual(["pbc", "pbf", "security-council", "cote-d-ivoire"]);
  });

  it("places every node with no overlapping labels, and reports progress to the end", () => {
    const model = ring(5000);
    const reports: number[] = [];
    const positions = gridLayout(model, (done) => reports.push(done));
    expect(positions.size).toBe(5000);
    expect(reports).toEqual([2000, 4000, 5000]);
    const boxes = model.nodes.map((n) => nodeBox(n.label, n.type, positions.get(n.id)!.x, positions.get(n.id)!.y));
    expect(findOverlaps(boxes)).toEqual([]);
  });

  it("keeps neighbours close: along a ring, consecutive nodes are mostly in adjacent cells", () => {
    const model = ring(400);
    const at = gridLayout(model);
    const near = model.edges.filter(
      (e) => Math.hypot(at.get(e.source)!.x - at.get(e.target)!.x, at.get(e.source)!.y - at.get(e.target)!.y) < 400,
    );
    expect(near.length / model.edges.length).toBeGreaterThan(0.5);
  });
});
