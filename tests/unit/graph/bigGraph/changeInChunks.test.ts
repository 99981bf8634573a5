// A change to every element of a big graph (a class: the theme's, the filters') is made a few elements at a
// time, holding the canvas's frames until the last chunk; every element ends changed, and a stop halts it.
import cytoscape, { type Collection, type Core } from "cytoscape";
import { describe, expect, it } from "vitest";
import { changeInChunks } from "../../../../src/graph/bigGraph/changeInChunks";

function graph(): Core {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    layout: { name: "preset", fit: false },
    style: [
      { selector: "node, edge", style: { "background-color": "red", "line-color": "red" } },
      { selector: ".blue", style: { "background-color": "blue", "line-color": "blue" } },
    ],
    elements: [
      { data: { id: "a" }, position: { x: 0, y: 0 } },
      { data: { id: "b" }, position: { x: 100, y: 0 } },
      { data: { id: "c" }, position: { x: 0, y: 100 } },
      { data: { id: "ab", source: "a", target: "b" } },
      { data: { id: "bc", source: "b", target: "c" } },
    ],
  });
}
const colours = (cy: Core) => cy.elements().map((e) => e.style(e.isNode() ? "background-color" : "line-color"));
const batching = (cy: Core) => (cy as unknown as { batching(): boolean }).batching();
const BLUE = "rgb(0,0,255)";

/** Makes every element blue with two one-element steps per chunk, noting at each yield the count and the hold. */
async function paintBlue(cy: Core, signal?: AbortSignal, onYield?: () => void) {
  const changed: number[] = [];
  const held: boolean[] = [];
  let clock = 0;
  const complete = await changeInChunks(cy, cy.elements(), (step: Collection) => step.addClass("blue"), {
    step: 1,
    budgetMs: 15,
    now: () => (clock += 10),
    ...(signal ? { signal } : {}),
    yieldToPage: async () => {
      changed.push(cy.elements(".blue").length);
      held.push(batching(cy));
      onYield?.();
    },
  });
  return { complete, changed, held };
}

describe("changeInChunks", () => {
  it("changes every element a chunk at a time, holding the canvas's frames until the last", async () => {
    const cy = graph();
    const { complete, changed, held } = await paintBlue(cy);
    expect(complete).toBe(true);
    // Nothing in the caller's task: the first chunk comes after a first turn of the page.
    expect(changed).toEqual([0, 2, 4, 5]);
    expect(held).toEqual([true, true, true, true]);
    expect(batching(cy)).toBe(false);
    expect(colours(cy)).toEqual([BLUE, BLUE, BLUE, BLUE, BLUE]);
    cy.destroy();
  });

  it("stops when the signal aborts, and lets the frames go", async () => {
    const cy = graph();
    const stop = new AbortController();
    const { complete, changed } = await paintBlue(cy, stop.signal, () => stop.abort());
    expect(complete).toBe(false);
    expect(changed).toEqual([0]);
    expect(batching(cy)).toBe(false);
    cy.destroy();
  });
});
