/** Hands the live Cytoscape instance to the controllers under GraphView. */
import { createContext, useContext } from "react";
import type { Core } from "cytoscape";

export const CyContext = createContext<Core | null>(null);

/** The Cytoscape instance; only controllers rendered inside GraphView may call it. */
export function useCy(): Core {
  const cy = useContext(CyContext);
  if (!cy) throw new Error("useCy() needs a GraphView above it.");
  return cy;
}

/** Whether animations should run: not when the reader asked the system for reduced motion. */
export function prefersMotion(): boolean {
  return !window.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
}
