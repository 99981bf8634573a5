/**
 * Step timings of an export as performance measures ("briefgraph:export:png:draw"), which the benchmark
 * (scripts/bench/export.ts) reads from the production build without any hook into the app.
 */

/** Returns a function that records the time since the previous call (or creation) under `${prefix}:${step}`. */
export function stopwatch(prefix: string): (step: string) => void {
  let last = performance.now();
  return (step) => {
    const now = performance.now();
    performance.measure(`${prefix}:${step}`, { start: last, end: now });
    last = now;
  };
}
