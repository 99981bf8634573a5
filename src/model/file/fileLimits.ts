/**
 * How big a model file may be. Its own module, free of the validator, so the page can refuse an oversized
 * file before reading it without loading the schema code (which runs in the load worker).
 */

export interface FileLimits {
  maxBytes: number;
  maxNodes: number;
  maxEdges: number;
  maxDepth: number;
}

/** The longest model JSON worth remembering between visits: longer than any browser lets a site keep. */
export const MAX_REMEMBERED_CHARS = 5_000_000;

export const FILE_LIMITS: FileLimits = {
  maxBytes: 25_000_000,
  maxNodes: 50_000,
  maxEdges: 200_000,
  /** A model nests 5 levels (root, nodes, node, excerpts, excerpt); anything far deeper is not a model. */
  maxDepth: 16,
};
