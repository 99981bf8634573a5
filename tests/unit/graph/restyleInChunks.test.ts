// A theme change on a big graph restyles the elements a few at a time, holding the canvas's frames until the
// last chunk; every element ends with the new stylesheet, and a newer theme stops the older restyle.
import cytoscape, { type Core } from "cytoscape";
import { describe, expect, it } from "vitest";
import { restyleInChunks } from "../../../src/graph/restyleInChunks";

const sheet = (color: string) => [
  { selector: "node, edge", style: { "background-color": color, "line-color": color } },
];

function graph(): Core {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    layout: { name: "preset", fit: false },
    style: sheet("red"),
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

/** Restyles `cy` with two one-element steps per chunk, noting at each yield the restyled count and the hold. */
async function restyle(cy: Core, signal?: AbortSignal, onYield?: () => void) {
  const restyled: number[] = [];
  const held: boolean[] = [];
  let count = 0;
  cy.on("style", () => void (count += 1));
  let clock = 0;
  const complete = await restyleInChunks(cy, {
    step: 1,
    budgetMs: 15,
    now: () => (clock += 10),
    ...(signal ? { signal } : {}),
    yieldToPage: async () => {
      restyled.push(count);
      held.push(batching(cy));
      onYield?.();
    },
  });
  return { complete, restyled, held };
}

describe("restyleInChunks", () => {
  it("restyles every element a chunk at a time, holding the canvas's frames until the last", async () => {
    const cy = graph();
    cy.style().fromJson(sheet("blue"));
    const { complete, restyled, held } = await restyle(cy);
    expect(complete).toBe(true);
    // Nothing in the caller's task: the first chunk comes after a first turn of the page.
    expect(restyled).toEqual([0, 2, 4, 5]);
    expect(held).toEqual([true, true, true, true]);
    expect(batching(cy)).toBe(false);
    expect(colours(cy)).toEqual([BLUE, BLUE, BLUE, BLUE, BLUE]);
    cy.destroy();
  });

  it("leaves every element measured, and every node's edges, so the next frame measures none again", async () => {
    const cy = graph();
    cy.style().fromJson(sheet("blue"));
    await restyle(cy);
    // oxlint-disable-next-line no-underscore-dangle -- Cytoscape's measuring flags (see measuredFlags.ts).
    const flags = cy.elements().map((e) => (e as unknown as { _private: { rstyle: object } })._private.rstyle);
    expect(flags.slice(0, 3)).toEqual(Array(3).fill(expect.objectContaining({ clean: true, cleanConnected: true })));
    expect(flags.slice(3)).toEqual(Array(2).fill(expect.objectContaining({ clean: true })));
    cy.destroy();
  });

  it("stops when the signal aborts, and lets the frames go", async () => {
    const cy = graph();
    cy.style().fromJson(sheet("blue"));
    const stop = new AbortController();
    const { complete, restyled } = await restyle(cy, stop.signal, () => stop.abort());
    expect(complete).toBe(false);
    expect(restyled).toEqual([0]);
    expect(batching(cy)).toBe(false);
    cy.destroy();
  });
});
