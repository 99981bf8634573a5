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

/**
 * What a link may make the app download: the model itself (up to `FILE_LIMITS.maxBytes`), then the source
 * files it names. A brief's text is tens of kilobytes; five megabytes is a long book.
 */
export const LINK_LIMITS = {
  /** How long a server may send nothing before the download is given up, ms. */
  silenceMs: 20_000,
  maxSourceFiles: 20,
  maxSourceBytes: 5_000_000,
};
