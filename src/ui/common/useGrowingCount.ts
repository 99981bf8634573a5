/**
 * A count that starts small and grows step by step, one task at a time, until it reaches a total: for
 * building a long list of expensive things (a long passage's pieces, a big graph's list) without one long task.
 */
import { startTransition, useEffect, useState } from "react";

export interface GrowingCountOptions {
  /** How many there are at once. */
  first: number;
  /** How many more each later task adds. */
  step: number;
  /** Starts over from `first` when this changes (by identity): a new passage, not a new highlight. */
  restartOn: unknown;
}

/** The count so far, at most `total`. */
export function useGrowingCount(total: number, { first, step, restartOn }: GrowingCountOptions): number {
  const [state, setState] = useState({ basis: restartOn, count: first });
  // Reset while rendering rather than in an effect, so a new passage never shows the old count for a frame.
  const current = state.basis === restartOn ? state : { basis: restartOn, count: first };
  if (current !== state) setState(current);
  const { count } = current;
  useEffect(() => {
    if (count >= total) return;
    // A transition: React renders the next step in slices and puts a click or keystroke first.
    const timer = setTimeout(() => startTransition(() => setState((s) => ({ ...s, count: s.count + step }))), 0);
    return () => clearTimeout(timer);
  }, [count, total, step]);
  return Math.min(count, total);
}
