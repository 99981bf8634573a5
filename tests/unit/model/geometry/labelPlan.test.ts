// Which labels are drawn: in priority order, each only where it overlaps nothing placed before it, no other
// node's shape and no control over the canvas, and only wholly in view.
import { describe, expect, it } from "vitest";
import { labelBoxAt, planLabels, turnedBox, wrapToWidth } from "../../../../src/model/geometry/labelPlan";

const box = (x1: number, y1: number, x2: number, y2: number) => ({ x1, y1, x2, y2 });
// Every character 6 px wide.
const measure = (text: string) => text.length * 6;

describe("wrapToWidth", () => {
  it("breaks at spaces within the width, and lets one long word overflow alone", () => {
    expect(wrapToWidth("Proactive, flexible role for the PBC", 100, measure)).toEqual([
      "Proactive,",
      "flexible role",
      "for the PBC",
    ]);
    expect(wrapToWidth("Peacebuilding", 30, measure)).toEqual(["Peacebuilding"]);
    expect(wrapToWidth("  two   spaces ", 1000, measure)).toEqual(["two spaces"]);
  });
});

describe("label boxes", () => {
  it("puts a label beside, under or over its shape, as Cytoscape draws it", () => {
    // Two lines of 10 px at 1.5: 30 px of text; 2 px of plate around it, and Cytoscape's pixel each side.
    const metrics = { fontPx: 10, lineHeight: 1.5, gap: 4, padding: 2 };
    expect(labelBoxAt("below", 100, 50, 10, 40, 2, metrics)).toEqual(box(77, 60, 123, 93));
    expect(labelBoxAt("above", 100, 50, 10, 40, 2, metrics)).toEqual(box(77, 7, 123, 40));
    expect(labelBoxAt("right", 100, 50, 10, 40, 2, metrics)).toEqual(box(110, 33.5, 156, 66.5));
    expect(labelBoxAt("left", 100, 50, 10, 40, 2, metrics)).toEqual(box(44, 33.5, 90, 66.5));
  });

  it("turns an edge label's box with its line", () => {
    expect(turnedBox(0, 0, 20, 10, 0)).toEqual(box(-10, -5, 10, 5));
    const upright = turnedBox(0, 0, 20, 10, Math.PI / 2);
    expect(upright.x2).toBeCloseTo(5);
    expect(upright.y2).toBeCloseTo(10);
  });
});

describe("planLabels", () => {
  const view = [400, 300] as const;

  it("places labels in priority order and never two that overlap", () => {
    const placed = planLabels(
      [
        { id: "first", boxes: [box(10, 10, 110, 40)] },
        { id: "overlaps-first", boxes: [box(100, 30, 200, 60)] },
        { id: "free", boxes: [box(210, 10, 300, 40)] },
      ],
      [],
      ...view,
    );
    expect([...placed.keys()]).toEqual(["first", "free"]);
  });

  it("takes a candidate's first free place, with a margin to spare", () => {
    const placed = planLabels(
      [
        { id: "first", boxes: [box(10, 10, 110, 40)] },
        // Its preferred place overlaps the first; its second is a pixel short of the margin; its third is free.
        { id: "second", boxes: [box(50, 20, 150, 50), box(111, 10, 200, 40), box(10, 43, 110, 70)] },
      ],
      [],
      ...view,
      { margin: 2 },
    );
    expect(placed.get("second")).toEqual({ box: box(10, 43, 110, 70), choice: 2 });
  });

  it("keeps labels off other nodes' shapes and the controls, but lets one sit against its own node", () => {
    const placed = planLabels(
      [
        { id: "a", boxes: [box(10, 10, 60, 30)] },
        { id: "b", boxes: [box(100, 10, 160, 30)] },
        { id: "c", boxes: [box(200, 10, 260, 30)] },
      ],
      [{ ...box(40, 0, 70, 12), owner: "a" }, { ...box(150, 0, 170, 15), owner: "someone-else" }, box(190, 0, 400, 50)],
      ...view,
    );
    expect([...placed.keys()]).toEqual(["a"]);
  });

  it("draws only labels wholly in view", () => {
    const placed = planLabels(
      [
        { id: "cut", boxes: [box(-5, 10, 50, 30)] },
        { id: "below", boxes: [box(10, 290, 50, 310)] },
        { id: "in", boxes: [box(10, 100, 50, 120)] },
      ],
      [],
      ...view,
    );
    expect([...placed.keys()]).toEqual(["in"]);
  });

  it("places at most `most` labels, the first in priority order", () => {
    const candidates = [0, 1, 2, 3].map((i) => ({ id: `n${i}`, boxes: [box(10 + 60 * i, 10, 60 + 60 * i, 30)] }));
    expect([...planLabels(candidates, [], 400, 300, { most: 2 }).keys()]).toEqual(["n0", "n1"]);
  });

  it("places what a pairwise plan over thousands of shapes places", () => {
    // A 50 × 30 field of 4 px shapes 20 px apart, and labels of several widths tried all over it.
    const shapes = Array.from({ length: 1500 }, (_, i) => {
      const [x, y] = [(i % 50) * 20, Math.floor(i / 50) * 20];
      return { ...box(x, y, x + 4, y + 4), owner: `s${i}` };
    });
    const labels = Array.from({ length: 600 }, (_, i) => {
      const [x, y] = [(i * 37) % 990, (i * 53) % 590];
      return { id: `l${i}`, boxes: [box(x, y, x + 5 + (i % 9), y + 8), box(x - 9, y, x - 1, y + 6)] };
    });
    const touch = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) =>
      a.x1 < b.x2 + 2 - 0.01 && b.x1 - 2 < a.x2 - 0.01 && a.y1 < b.y2 + 2 - 0.01 && b.y1 - 2 < a.y2 - 0.01;
    const taken: ReturnType<typeof box>[] = [];
    const expected: string[] = [];
    for (const { id, boxes } of labels) {
      const b = boxes.find(
        (c) => c.x1 >= 0 && c.y1 >= 0 && c.x2 <= 1000 && c.y2 <= 600 && ![...shapes, ...taken].some((o) => touch(o, c)),
      );
      if (!b) continue;
      taken.push(b);
      expected.push(id);
    }
    expect(expected.length).toBeGreaterThan(20);
    expect([...planLabels(labels, shapes, 1000, 600).keys()]).toEqual(expected);
  });
});
