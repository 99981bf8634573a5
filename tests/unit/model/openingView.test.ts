// Where the camera starts (small graphs fit the view, big ones open at reading size around their middle), and
// what Fit shows of a big graph.
import { describe, expect, it } from "vitest";
import { READING_ZOOM, fitViewport, openingViewport } from "../../../src/model/openingView";

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

describe("fitViewport", () => {
  it("shows every position with its reach and the padding, centred", () => {
    const corners = [
      { x: 0, y: 0 },
      { x: 1000, y: 500 },
    ];
    const view = fitViewport(corners, 800, 400, { padding: 30, reach: 60 })!;
    // The box is 1120 × 620 with the reach; the height decides: (400 − 2 × 30) / 620.
    expect(view.zoom).toBeCloseTo(340 / 620, 6);
    expect(onScreen(view, { x: 500, y: 250 })).toEqual({ x: 400, y: 200 });
    expect(onScreen(view, { x: 500, y: -60 }).y).toBeCloseTo(30, 6);
    expect(onScreen(view, { x: 500, y: 560 }).y).toBeCloseTo(370, 6);
  });

  it("keeps within the zoom limits, still centred, and has nothing to frame without positions", () => {
    const spread = [
      { x: -50_000, y: -20_000 },
      { x: 50_000, y: 20_000 },
    ];
    const far = fitViewport(spread, 1000, 600, { minZoom: 0.1 })!;
    expect(far.zoom).toBe(0.1);
    expect(onScreen(far, { x: 0, y: 0 })).toEqual({ x: 500, y: 300 });
    expect(fitViewport([{ x: 5, y: 5 }], 1000, 600, { maxZoom: 4 })!.zoom).toBe(4);
    expect(fitViewport([], 1000, 600)).toBeNull();
  });
});
