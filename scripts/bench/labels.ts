/**
 * How many node labels a reader can read in the first view: drawn at 12 px or more, wholly in the canvas, none
 * over another (the renderer's own boxes, read as the end-to-end test reads them: tests/e2e/drawnLabels.ts).
 */
import type { Browser } from "playwright-core";
import { openApp } from "../../tests/e2e/browser";
import { labelsOnScreen, readable } from "../../tests/e2e/drawnLabels";

/** Opens `url` in a fresh `width` × `height` page and counts the readable labels of its first view. */
export async function readableLabels(browser: Browser, url: string, width: number, height: number): Promise<number> {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  await openApp(page, url);
  // The label plan runs in one frame and Cytoscape draws it in the next.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const seen = await labelsOnScreen(page);
  await context.close();
  // Overlapping labels are not readable: a bench that counted them would reward clutter.
  return seen.overlapping.length ? 0 : readable(seen).length;
}
