// Layout over the small fixture (real brief quotes): the same machinery `npm run layout` runs on the model.
import { describe, expect, it } from "vitest";
import { computeForceLayout } from "../../../../src/graph/layout/forceLayout";
import { findOverlaps, nodeBox, wrapLabel } from "../../../../src/model/geometry/labelBoxes";
import { separate } from "../../../../src/model/layout/separate";
import { smallModel } from "../../model/brief/brokenModels";

describe("computeForceLayout", () => {
  it("is deterministic: the same model and seed give the positions it gave when this test was written", () => {
    // Recorded from computeForceLayout(smallModel()); a change here means `npm run layout` would move the brief.
    expect([...computeForceLayout(smallModel()).entries()]).toEqual([
      ["pbc", { x: -106.8, y: 21.9 }],
      ["pbf", { x: 90.3, y: 96.8 }],
      ["security-council", { x: 85.3, y: -24.3 }],
      ["cote-d-ivoire", { x: -34.5, y: -115.1 }],
    ]);
  });

  it("leaves no two label boxes overlapping", () => {
    const model = smallModel();
    const positions = computeForceLayout(model);
    const boxes = model.nodes.map((n) => nodeBox(n.label, n.type, positions.get(n.id)!.x, positions.get(n.id)!.y));
    expect(findOverlaps(boxes)).toEqual([]);
  });
});

describe("label geometry", () => {
  it("wraps labels at spaces within the label width", () => {
    expect(wrapLabel("Proactive, flexible role for the Peacebuilding Commission")).toEqual([
      "Proactive,",
      "flexible role for",
      "the Peacebuilding",
      "Commission",
    ]);
  });

  it("separates boxes stacked on one point", () => {
    const box = nodeBox("Security Council", "un-body", 0, 0);
    const items = Array.from({ length: 6 }, () => ({ x: 0, y: 0, box }));
    expect(separate(items)).toBe(0);
    expect(
      findOverlaps(items.map((p) => ({ x1: box.x1 + p.x, x2: box.x2 + p.x, y1: box.y1 + p.y, y2: box.y2 + p.y }))),
    ).toEqual([]);
  });
});
