// Where the camera starts: small graphs fit the view, big ones open at reading size around their middle.
import { describe, expect, it } from "vitest";
import { READING_ZOOM, openingViewport } from "../../../../src/model/geometry/openingView";

/** Where model point `p` lands on screen under `view`. */
const onScreen = (view: ReturnType<typeof openingViewport>, p: { x: number; y: number }) => ({
  x: p.x * view.zoom + view.pan.x,
  y: p.y * view.zoom + view.pan.y,
});

describe("openingViewport", () => {
  it("fits a graph that is readable when fitted, inside the padding", () => {
    const corners = [
      { x: 0, y: 0 },
      { x: 700, y: 300 },
    ];
    const view = openingViewport(corners, 1000, 600, { padding: 30 });
    expect(view.zoom).toBeCloseTo(Math.min(940 / 700, 540 / 300));
    const [a, b] = corners.map((p) => onScreen(view, p));
    expect(a!.x).toBeGreaterThanOrEqual(30 - 1e-9);
    expect(b!.x).toBeLessThanOrEqual(970 + 1e-9);
    expect((a!.y + b!.y) / 2).toBeCloseTo(300);
  });

  it("opens a graph too big to read when fitted at reading zoom, centred on its middle", () => {
    const grid = Array.from({ length: 5000 }, (_, i) => ({ x: (i % 71) * 150, y: Math.floor(i / 71) * 90 }));
    const view = openingViewport(grid, 1280, 720);
    expect(view.zoom).toBe(READING_ZOOM);
    const middle = onScreen(view, { x: (70 * 150) / 2, y: (70 * 90) / 2 });
    expect(middle.x).toBeCloseTo(640);
    expect(middle.y).toBeCloseTo(360);
  });

  it("never zooms past the maximum, even for a single node", () => {
    const view = openingViewport([{ x: 5, y: 5 }], 800, 600, { maxZoom: 1.5 });
    expect(view.zoom).toBe(1.5);
    expect(onScreen(view, { x: 5, y: 5 })).toEqual({ x: 400, y: 300 });
  });

  it("centres the origin when there is nothing to show", () => {
    expect(openingViewport([], 800, 600)).toEqual({ zoom: 1, pan: { x: 400, y: 300 } });
  });
});
