/**
 * Reading the canvas's view in e2e tests. The canvas is opaque, so the view is read from the data attributes
 * the ViewportReportController keeps on it, and nodes are placed on the page from the model's positions.
 */
import type { Page } from "playwright-core";

export interface View {
  zoom: number;
  panX: number;
  panY: number;
  /** The canvas's box on the page. */
  box: { x: number; y: number; width: number; height: number };
}

/** The canvas's viewport and its place on the page. */
export async function readView(page: Page): Promise<View> {
  const canvas = page.locator("[data-zoom]");
  const data = await canvas.evaluate((el: HTMLElement) => ({ ...el.dataset }));
  const box = (await canvas.boundingBox())!;
  return { zoom: Number(data.zoom), panX: Number(data.panX), panY: Number(data.panY), box };
}

/** Where a node at model `position` is drawn now, on the page. */
export function onPage(view: View, { position }: { position?: { x: number; y: number } }) {
  if (!position) throw new Error("The node has no shipped position.");
  return {
    x: view.box.x + position.x * view.zoom + view.panX,
    y: view.box.y + position.y * view.zoom + view.panY,
  };
}
