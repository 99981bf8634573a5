/**
 * Runs a layout with Math.random seeded: fcose draws its initial placement from it, so the same graph and seed
 * always give the same picture (the layout script's, and a shared `layout=force` link's after a reload).
 */

/** The seed every force-directed run starts from: the day of the brief's conversation. */
export const LAYOUT_SEED = 20170224;

/** A small, fast, seedable PRNG (mulberry32). */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Runs `fn` with Math.random replaced by a seeded generator, restoring it even if `fn` throws. */
export function withSeed<T>(seed: number, fn: () => T): T {
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    return fn();
  } finally {
    Math.random = original;
  }
}
