/**
 * Adds thousands of elements to Cytoscape without freezing the page. One `cy.add` of 15,000 elements styles
 * them all in a single task (over a second here); adding a chunk per task keeps every task short and lets the
 * canvas draw and the page answer input in between. A chunk adds small steps until its time is spent, rather
 * than a number of elements guessed from the last chunk: the same step can take four times as long while the
 * garbage collector marks a big heap on the other core (traced at 20,000 nodes: 629 elements in 240 ms where
 * 40 ms was expected), so only a clock read between steps keeps the task near its budget.
 */
import type { Core, ElementDefinition } from "cytoscape";
import { afterNextFrame } from "../../state/afterNextFrame";
import { flushRendererQueue } from "../renderer/queue";

export interface ChunkOptions {
  /** Time one chunk may take, in ms: it stops after the step that crosses it. */
  budgetMs?: number;
  /**
   * Elements per step within a chunk. Small, as a chunk can overrun its budget by one step: adding 100 takes
   * ~6 ms normally, up to ~30 ms during garbage collection, and 30–110 ms as the first, with Cytoscape's code
   * still cold (the first 400 took 140–200 ms).
   */
  step?: number;
  /** The clock, in ms. */
  now?: () => number;
  /** Called after every chunk with the number of elements added so far. */
  onProgress?: (done: number, total: number) => void;
  /** Runs each chunk's work (adding, styling, measuring): lets the caller hold Cytoscape's frames in between. */
  aroundChunk?: (work: () => void) => void;
  /** Waits before each chunk; by default until the next frame has been drawn. */
  yieldToPage?: () => Promise<void>;
  /** Stops adding (the view unmounted or re-ran its effect). */
  signal?: AbortSignal;
}

/**
 * Time for one chunk, ms. A graph of 30,000 elements or more grows the heap by ~200 MB while it is added (at
 * 20,000 nodes), and garbage collections of 40–150 ms land inside its chunks: 40 ms leaves room for one, and
 * for a slow step, under 200 ms. Smaller graphs take fewer, longer chunks (each costs a frame).
 */
export function chunkBudgetMs(total: number): number {
  return total >= 30_000 ? 40 : 80;
}
const run = (work: () => void) => work();

/**
 * The loop behind addInChunks and changeInChunks (changeInChunks.ts): runs `runStep(from, to)` over
 * [0, `total`) in steps, a chunk per task. Each chunk yields to the page first, then takes steps inside
 * `aroundChunk` until its budget is spent. Returns true once done; false when stopped by `signal` or when `cy`
 * was destroyed.
 */
export async function inTimedChunks(
  cy: Core,
  total: number,
  runStep: (from: number, to: number) => void,
  {
    budgetMs = 80,
    step = 100,
    now = () => performance.now(),
    aroundChunk = run,
    onProgress,
    yieldToPage = afterNextFrame,
    signal,
  }: ChunkOptions = {},
): Promise<boolean> {
  for (let done = 0; done < total;) {
    // Yield first, too: the caller's task (opening a file: React's render and commit) is long enough already.
    await yieldToPage();
    if (cy.destroyed() || signal?.aborted) return false;
    const start = now();
    let reached = done;
    aroundChunk(() => {
      do {
        const to = Math.min(total, reached + step);
        runStep(reached, to);
        reached = to;
      } while (reached < total && now() - start < budgetMs);
    });
    done = reached;
    onProgress?.(done, total);
  }
  return !cy.destroyed() && !signal?.aborted;
}

/**
 * Adds `elements` (nodes before the edges that join them, as toElements orders them) in timed chunks.
 * Returns true once everything is added; false when stopped by `signal` or when `cy` was destroyed.
 */
export function addInChunks(
  cy: Core,
  elements: readonly ElementDefinition[],
  options: ChunkOptions = {},
): Promise<boolean> {
  // Cytoscape styles and measures new elements lazily, in the next frame's draw; asking for their bounds
  // does that work here instead, so it is timed with the chunk rather than piling onto one frame. So does
  // flushing the renderer's queue of geometry to recompute (edge end points: ~150 ms for 40,000 edges).
  return inTimedChunks(
    cy,
    elements.length,
    (from, to) => {
      cy.add(elements.slice(from, to) as ElementDefinition[]).boundingBox();
      flushRendererQueue(cy);
    },
    options,
  );
}

export interface FrameHold {
  /** Pass as addInChunks's `aroundChunk`. */
  aroundChunk: (work: () => void) => void;
  /** Holds the frames now, before the first chunk (a no-op when held). */
  hold: () => void;
  /** Lets Cytoscape draw again (once; later calls do nothing). */
  release: () => void;
}

/**
 * Holds `cy`'s frames (a batch) between chunks. Cytoscape styles an element added inside a batch only when the
 * batch ends, so each chunk is added, styled and measured with the hold let go, then held again; the first
 * chunk comes after the empty canvas's first frame, as Cytoscape builds its layer textures at once on the
 * first drawing that has elements (~500 ms for 1,000 nodes) and in idle frames after that.
 */
export function holdFramesBetweenChunks(cy: Core): FrameHold {
  let held = false;
  const hold = () => {
    if (held) return;
    cy.startBatch();
    held = true;
  };
  return {
    aroundChunk: (work: () => void) => {
      if (held) cy.endBatch();
      held = false;
      work();
      hold();
    },
    hold,
    release: () => {
      if (!held) return;
      held = false;
      if (!cy.destroyed()) cy.endBatch();
    },
  };
}
