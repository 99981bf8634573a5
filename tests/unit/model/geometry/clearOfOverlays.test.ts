// Fit, clear of what floats over the canvas: framed as before unless a node would lie under an overlay, then
// framed in the band the overlays leave free. And what Fit shows of a big graph, from its positions.
import { describe, expect, it } from "vitest";
import { fitPositions, frameClearOf } from "../../../../src/model/geometry/clearOfOverlays";
import type { ScreenBox } from "../../../../src/model/geometry/keepInView";
import type { Bounds, Viewport } from "../../../../src/model/geometry/framing";

/** Where model point `p` lands on screen under `view`. */
const onScreen = (view: Viewport, p: { x: number; y: number }) => ({
  x: p.x * view.zoom + view.pan.x,
  y: p.y * view.zoom + view.pan.y,
});

/** A node of the model: a 20-unit box around (x, y). */
const node = (x: number, y: number): Bounds => ({ x1: x - 10, y1: y - 10, x2: x + 10, y2: y + 10 });

/** The box around `nodes`. */
const around = (nodes: Bounds[]): Bounds => ({
  x1: Math.min(...nodes.map((n) => n.x1)),
  y1: Math.min(...nodes.map((n) => n.y1)),
  x2: Math.max(...nodes.map((n) => n.x2)),
  y2: Math.max(...nodes.map((n) => n.y2)),
});

// A 1000 × 600 canvas with a toolbar in its top-right corner and a summary in its top-left.
const [WIDTH, HEIGHT] = [1000, 600];
const toolbar: ScreenBox = { x1: 760, y1: 8, x2: 992, y2: 80 };
const summary: ScreenBox = { x1: 8, y1: 8, x2: 600, y2: 70 };
const options = { padding: 30 };

describe("frameClearOf", () => {
  // Nodes in the four corners of a box shaped like the canvas: fitted, the top ones lie under the overlays.
  const corners = [node(0, 0), node(1000, 0), node(0, 600), node(1000, 600)];

  it("frames as Fit always has when no node would be under an overlay", () => {
    // A diamond: its top node sits in the middle of the top edge, between the two overlays.
    const diamond = [node(300, 0), node(0, 300), node(600, 300), node(300, 600)];
    const view = frameClearOf(around(diamond), diamond, WIDTH, HEIGHT, [toolbar], options);
    expect(view.zoom).toBeCloseTo((600 - 60) / 620, 6);
    expect(onScreen(view, { x: 300, y: 300 })).toEqual({ x: 500, y: 300 });
  });

  it("frames below the top overlays when a node would be under one", () => {
    const whole = frameClearOf(around(corners), corners, WIDTH, HEIGHT, [], options);
    expect(onScreen(whole, { x: 0, y: -10 }).y).toBeCloseTo(30, 6); // under the summary
    const view = frameClearOf(around(corners), corners, WIDTH, HEIGHT, [toolbar, summary], options);
    // The band below both overlays: from 80 down, 520 tall; its height decides the zoom, (520 − 60) / 620.
    expect(view.zoom).toBeCloseTo(460 / 620, 6);
    expect(onScreen(view, { x: 0, y: -10 }).y).toBeCloseTo(80 + 30, 6);
    expect(onScreen(view, { x: 500, y: 300 })).toEqual({ x: 500, y: 80 + 520 / 2 });
  });

  it("frames above an overlay in the bottom half, as the summary sits on a phone", () => {
    const bottomSummary: ScreenBox = { x1: 8, y1: 480, x2: 992, y2: 560 };
    const tall = [node(0, 0), node(0, 1000), node(100, 500)];
    const view = frameClearOf(around(tall), tall, WIDTH, HEIGHT, [bottomSummary], options);
    expect(view.zoom).toBeCloseTo((480 - 60) / 1020, 6);
    expect(onScreen(view, { x: 0, y: 1010 }).y).toBeCloseTo(480 - 30, 6);
  });

  it("ignores overlays that are hidden (measured empty) or leave too thin a band", () => {
    // Where the top-left node is drawn: an empty box there would count as over it, if it counted.
    const hidden: ScreenBox = { x1: 60, y1: 40, x2: 60, y2: 40 };
    const whole = frameClearOf(around(corners), corners, WIDTH, HEIGHT, [], options);
    expect(frameClearOf(around(corners), corners, WIDTH, HEIGHT, [hidden], options)).toEqual(whole);
    const tallToolbar: ScreenBox = { x1: 0, y1: 0, x2: 1000, y2: 450 };
    expect(frameClearOf(around(corners), corners, WIDTH, HEIGHT, [tallToolbar], options)).toEqual(whole);
  });
});

describe("fitPositions", () => {
  it("shows every position with its reach and the padding, centred", () => {
    const corners = [
      { x: 0, y: 0 },
      { x: 1000, y: 500 },
    ];
    const view = fitPositions(corners, 800, 400, { padding: 30, reach: 60 })!;
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
    const far = fitPositions(spread, 1000, 600, { padding: 30, minZoom: 0.1 })!;
    expect(far.zoom).toBe(0.1);
    expect(onScreen(far, { x: 0, y: 0 })).toEqual({ x: 500, y: 300 });
    expect(fitPositions([{ x: 5, y: 5 }], 1000, 600, { padding: 30, maxZoom: 4 })!.zoom).toBe(4);
    expect(fitPositions([], 1000, 600, { padding: 30 })).toBeNull();
  });
});
