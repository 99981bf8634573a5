/**
 * Measuring inside the page: the time from a real input event to the next frame after the page reacted, a
 * frame counter for fps, and the main thread's long tasks (PerformanceObserver "longtask", from page start).
 */
import type { Page } from "playwright-core";

declare global {
  interface Window {
    benchLongTasks?: Array<{ start: number; end: number }>;
    benchInput?: number;
    benchDone?: Promise<number>;
    benchFrames?: { count: number; stop: boolean };
  }
}

/** Records every long task and the time stamp of the latest input event, from the page's first script on. */
export async function installProbes(page: Page): Promise<void> {
  // tsx compiles with esbuild's keepNames, which wraps named functions in __name(); functions sent to the page
  // carry those calls, so the page needs the helper.
  await page.addInitScript("window.__name = (f) => f;");
  await page.addInitScript(() => {
    window.benchLongTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        window.benchLongTasks!.push({ start: e.startTime, end: e.startTime + e.duration });
    }).observe({ type: "longtask", buffered: true });
    for (const type of ["mousedown", "keydown"])
      window.addEventListener(type, (e) => (window.benchInput = e.timeStamp), { capture: true });
  });
}

/**
 * Arms a watcher: once `selector`'s text (or subtree) satisfies `expected` after the next input event, waits
 * one animation frame and resolves with the ms from that input event to the frame. Await it with `inputToFrame`.
 */
export async function armWatcher(page: Page, selector: string, expected: string | null): Promise<void> {
  await page.evaluate(
    ([sel, want]) => {
      window.benchInput = undefined;
      window.benchDone = new Promise<number>((resolve) => {
        const check = () => {
          const el = document.querySelector(sel);
          if (window.benchInput === undefined || !el) return false;
          if (want !== null && el.textContent !== want) return false;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - window.benchInput!));
          return true;
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      });
    },
    [selector, expected] as const,
  );
}

/** The latency the armed watcher measured, in ms; `timeoutMs` when the page did not react in that time. */
export function inputToFrame(page: Page, timeoutMs = 10_000): Promise<number> {
  return page.evaluate(
    (limit) => Promise.race([window.benchDone!, new Promise<number>((done) => setTimeout(() => done(limit), limit))]),
    timeoutMs,
  );
}

/** Counts animation frames while `act` runs; returns frames per second. */
export async function framesPerSecond(page: Page, act: () => Promise<void>): Promise<number> {
  await page.evaluate(() => {
    const frames = (window.benchFrames = { count: 0, stop: false });
    const tick = () => {
      frames.count += 1;
      if (!frames.stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const start = Date.now();
  await act();
  const seconds = (Date.now() - start) / 1000;
  const count = await page.evaluate(() => {
    window.benchFrames!.stop = true;
    return window.benchFrames!.count;
  });
  return count / seconds;
}

/** The longest task (ms) that started at or after `since` (page time, ms). */
export function longestTaskSince(page: Page, since: number): Promise<number> {
  return page.evaluate(
    (from) => Math.max(0, ...window.benchLongTasks!.filter((t) => t.start >= from).map((t) => t.end - t.start)),
    since,
  );
}

/**
 * Waits until the main thread has had no long task for `quietMs` after `from`, for at most `limitMs`; returns
 * the quiet period's start (page time), or the time the wait gave up.
 */
export async function waitForQuiet(page: Page, from: number, quietMs = 500, limitMs = 30_000): Promise<number> {
  for (const giveUp = Date.now() + limitMs; ;) {
    const { now, lastEnd } = await page.evaluate(
      (f) => ({ now: performance.now(), lastEnd: Math.max(f, ...window.benchLongTasks!.map((t) => t.end)) }),
      from,
    );
    if (now - lastEnd >= quietMs) return lastEnd;
    if (Date.now() > giveUp) return now;
    await page.waitForTimeout(100);
  }
}
