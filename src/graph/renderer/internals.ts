/**
 * The one door to Cytoscape's internals. Every private name the renderer patches use is listed here, by where
 * it lives, so the install can check them all before patching anything and the contract test
 * (tests/e2e/renderer.test.ts) can check them against the pinned Cytoscape in Chromium. Nothing outside
 * src/graph/renderer/ reads a private name (a unit test holds that).
 */
import cytoscape, { type Core } from "cytoscape";

/** The Cytoscape version these patches were written and measured against (package.json pins it). */
export const PINNED_CYTOSCAPE = "3.34.4";

/** Methods of the canvas renderer (`cy.renderer()`), none in Cytoscape's types. */
export const RENDERER_METHODS = [
  "getCachedZSortedEles",
  "updateCachedGrabbedEles",
  "drawLayeredElements",
  "drawCachedElements",
  "drawCachedNodes",
  "drawCachedElement",
  "findNearestElements",
  "flushRenderedStyleQueue",
  "drawElements",
] as const;
/** Fields of the canvas renderer, present once it has been created. */
const RENDERER_FIELDS = ["textureOnViewport", "cachedZSortedEles"] as const;
/** Methods of the core missing from Cytoscape's types (`renderer` is typed nowhere). */
export const CORE_METHODS = ["renderer", "hasCompoundNodes"] as const;
/** Methods on the prototype every collection and element shares. */
const COLLECTION_METHODS = ["boundingBox", "interactive", "pstyle"] as const;
/** Methods on the style object's prototype (`cy.style()`). */
const STYLE_METHODS = ["updateStyleHints", "parse", "parseImplWarn"] as const;
/** Fields of an element's private record (`_private`) that are read or written, once it has been drawn. */
export const RECORD_FIELDS = {
  node: ["position", "bbCache", "styleKeys"],
  edge: ["source", "target", "rscratch"],
} as const;
/** Fields of an edge's drawn geometry (`_private.rscratch`). */
export const EDGE_SCRATCH_FIELDS = ["allpts", "edgeType"] as const;

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

const isFunction = (owner: unknown, name: string) =>
  typeof (owner as Record<string, unknown> | null | undefined)?.[name] === "function";

/**
 * The private methods `cy` lacks, as "where.name" (e.g. "renderer.drawCachedNodes"). Empty when every patch can
 * be installed. Only meaningful for an instance with a container: a headless one has no canvas renderer.
 */
export function missingInternals(cy: Core): string[] {
  const missing: string[] = [];
  for (const name of CORE_METHODS) if (!isFunction(cy, name)) missing.push(`core.${name}`);
  const renderer = isFunction(cy, "renderer") ? rendererOf<object>(cy) : null;
  for (const name of RENDERER_METHODS) if (!isFunction(renderer, name)) missing.push(`renderer.${name}`);
  for (const name of RENDERER_FIELDS) if (!renderer || !(name in renderer)) missing.push(`renderer.${name}`);
  const collection = Object.getPrototypeOf(cy.collection()) as unknown;
  for (const name of COLLECTION_METHODS) if (!isFunction(collection, name)) missing.push(`collection.${name}`);
  const style = Object.getPrototypeOf(cy.style()) as unknown;
  for (const name of STYLE_METHODS) if (!isFunction(style, name)) missing.push(`style.${name}`);
  return missing;
}

/** The running Cytoscape's version (documented as `cytoscape.version`, but absent from its types). */
export const cytoscapeVersion = (cytoscape as unknown as { version?: string }).version ?? "of unknown version";

/** Thrown by a patch that finds a name it needs missing: the install turns it into a console error. */
export class MissingInternal extends Error {
  constructor(readonly names: readonly string[]) {
    super(
      `Cytoscape ${cytoscapeVersion} lacks ${names.join(", ")}, which src/graph/renderer/ relies on ` +
        `(written against ${PINNED_CYTOSCAPE}).`,
    );
    this.name = "MissingInternal";
  }
}

/** `renderer`'s methods `names`, or a MissingInternal naming those it lacks. */
export function requireMethods<T extends object, K extends keyof T & string>(
  renderer: T | null,
  names: readonly K[],
): Required<Pick<T, K>> {
  const missing = names.filter((name) => !isFunction(renderer, name));
  if (!renderer || missing.length) throw new MissingInternal(missing.map((name) => `renderer.${name}`));
  return renderer as Required<Pick<T, K>>;
}

const reported = new Set<string>();

/** Says once per page, in the console, that a renderer call was skipped because a name is missing. */
export function reportMissing(error: MissingInternal, consequence: string): void {
  const key = error.names.join();
  if (reported.has(key)) return;
  reported.add(key);
  console.error(`briefgraph: ${error.message} ${consequence}`);
}
