// @vitest-environment happy-dom
// The canvas says it is busy while a chunked change runs, until the last of overlapping changes ends.
import type { Core } from "cytoscape";
import { describe, expect, it } from "vitest";
import { markCanvasBusy } from "../../../../src/graph/bigGraph/canvasBusy";

/** Just what markCanvasBusy touches of a Cytoscape instance: its container. */
function canvas(): { cy: Core; container: HTMLElement } {
  const container = document.createElement("div");
  return { cy: { container: () => container } as unknown as Core, container };
}

describe("markCanvasBusy", () => {
  it("keeps aria-busy until the last of overlapping changes is done", () => {
    const { cy, container } = canvas();
    const theme = markCanvasBusy(cy);
    expect(container.getAttribute("aria-busy")).toBe("true");
    const filter = markCanvasBusy(cy);
    theme();
    expect(container.getAttribute("aria-busy")).toBe("true");
    filter();
    expect(container.hasAttribute("aria-busy")).toBe(false);
  });

  it("counts a change done once, however often it says so", () => {
    const { cy, container } = canvas();
    const first = markCanvasBusy(cy);
    const second = markCanvasBusy(cy);
    first();
    first();
    expect(container.getAttribute("aria-busy")).toBe("true");
    second();
    expect(container.hasAttribute("aria-busy")).toBe(false);
  });
});
