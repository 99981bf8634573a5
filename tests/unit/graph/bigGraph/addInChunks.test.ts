// Adding a big graph in chunks: every element arrives once, in order, each chunk adding steps until its time
// budget is spent, and a stopped or destroyed view stops the adding.
import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import { addInChunks, holdFramesBetweenChunks } from "../../../../src/graph/bigGraph/addInChunks";
import { toElements } from "../../../../src/graph/elements";
import { buildStylesheet } from "../../../../src/graph/stylesheet";
import { syntheticModel } from "../../../../scripts/lib/syntheticModel";

const headless = () =>
  cytoscape({
    headless: true,
    styleEnabled: true,
    style: buildStylesheet("light", true) as unknown as cytoscape.StylesheetJson,
  });

describe("addInChunks", () => {
  it("adds every node and edge in several chunks and reports progress up to the total", async () => {
    const elements = toElements(syntheticModel(300, { positions: true }));
    const cy = headless();
    const progress: number[] = [];
    const done = await addInChunks(cy, elements, {
      step: 100,
      budgetMs: 0.001, // every step overruns, so each chunk is one step
      onProgress: (count, total) => {
        expect(total).toBe(900);
        progress.push(count);
      },
      yieldToPage: () => Promise.resolve(),
    });
    expect(done).toBe(true);
    expect(cy.nodes().length).toBe(300);
    expect(cy.edges().length).toBe(600);
    expect(progress).toEqual([100, 200, 300, 400, 500, 600, 700, 800, 900]);
    cy.destroy();
  });

  it("adds steps to a chunk until its budget is spent, so a slow step ends its chunk early", async () => {
    const elements = toElements(syntheticModel(500, { positions: true }));
    const cy = headless();
    // Every read of the clock is 10 ms on, except the sixth, 100 ms on: the first step of the second chunk is
    // slow, as during a garbage collection.
    let clock = 0;
    let reads = 0;
    const now = () => (clock += ++reads === 6 ? 100 : 10);
    const sizes: number[] = [];
    let last = 0;
    await addInChunks(cy, elements, {
      step: 100,
      budgetMs: 25,
      now,
      onProgress: (count) => {
        sizes.push(count - last);
        last = count;
      },
      yieldToPage: () => Promise.resolve(),
    });
    // Steps end 10, 20, 30 ms into the first chunk: three steps. The second chunk's first step ends after 100.
    expect(sizes.slice(0, 4)).toEqual([300, 100, 300, 300]);
    expect(sizes.reduce((a, b) => a + b)).toBe(1500);
    expect(cy.elements().length).toBe(1500);
    cy.destroy();
  });

  it("stops when the signal aborts, and when the instance is destroyed", async () => {
    const elements = toElements(syntheticModel(300, { positions: true }));
    const stop = new AbortController();
    const cy = headless();
    let yields = 0;
    const stopped = await addInChunks(cy, elements, {
      step: 100,
      budgetMs: 0.001,
      signal: stop.signal,
      // The page gets a turn before every chunk; stop during the third.
      yieldToPage: async () => {
        yields += 1;
        if (yields === 3) stop.abort();
      },
    });
    expect(stopped).toBe(false);
    expect(cy.elements().length).toBe(200);

    const gone = headless();
    const result = await addInChunks(gone, elements, {
      step: 100,
      budgetMs: 0.001,
      yieldToPage: async () => gone.destroy(),
    });
    expect(result).toBe(false);
  });
});

describe("holdFramesBetweenChunks", () => {
  it("holds Cytoscape's frames between chunks and at the end, and every element still gets the stylesheet", async () => {
    const elements = toElements(syntheticModel(300, { positions: true }));
    const cy = headless();
    const hold = holdFramesBetweenChunks(cy);
    const batchedBetweenChunks: boolean[] = [];
    await addInChunks(cy, elements, {
      step: 100,
      budgetMs: 0.001,
      aroundChunk: hold.aroundChunk,
      // Cytoscape's render loop skips a frame while a batch is open; `batching` is not in its typings.
      yieldToPage: async () => void batchedBetweenChunks.push((cy as unknown as { batching(): boolean }).batching()),
    });
    expect(batchedBetweenChunks).toEqual([false, true, true, true, true, true, true, true, true]);
    expect((cy as unknown as { batching(): boolean }).batching()).toBe(true);
    hold.release();
    hold.release();
    expect((cy as unknown as { batching(): boolean }).batching()).toBe(false);
    // Styled by our sheet, not Cytoscape's defaults (which would read "yes", "ellipse", 30).
    expect(cy.edges().map((e) => e.style("events"))).toEqual(cy.edges().map(() => "no"));
    const node = cy.nodes()[0]!;
    expect(node.style("label")).toBe(String(node.data("label")));
    cy.destroy();
  });
});
