/**
 * Cytoscape's canvas renderer, for the few of its internal methods we call or wrap (drawing order, drawing
 * near the view, chunked adding, the PNG export). They are not in Cytoscape's types and may be missing (a
 * headless instance has none), so every caller names the methods it uses as optional and checks for them.
 */
import type { Core } from "cytoscape";

/**
 * An element's private record (`_private`) seen as `T`, or undefined when it has none: read directly where
 * Cytoscape's accessors cost too much per element per frame. Declare only the fields read, as optional.
 */
export function privateRecordOf<T extends object>(element: unknown): T | undefined {
  // oxlint-disable-next-line no-underscore-dangle -- the one accessor for Cytoscape's private record.
  return (element as { _private?: T } | undefined)?._private;
}

/** `cy`'s renderer seen as `T` (methods declared optional), or null when it has none. */
export function rendererOf<T extends object>(cy: Core): T | null {
  return (cy as unknown as { renderer(): T | null }).renderer();
}
