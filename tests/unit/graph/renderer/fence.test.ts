// Cytoscape's internals stay behind one fence: only src/graph/renderer/ reads a private name, and the Cytoscape
// the patches were written against is the one package.json installs, exactly.
import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { PINNED_CYTOSCAPE } from "../../../../src/graph/renderer/internals";

const SRC = join(import.meta.dirname, "../../../../src");
// Only src/graph/ may import Cytoscape (the linter holds that), so only it could reach inside.
const GRAPH = join(SRC, "graph");
const FENCE = join(GRAPH, "renderer");

/** What reaches into Cytoscape's internals: its private record, its renderer, prototypes to patch. */
const PRIVATE_ACCESS: ReadonlyArray<[string, RegExp]> = [
  ["the private record", /_private\b/],
  ["the renderer", /\.renderer\(\)|\brendererOf\b|\bprivateRecordOf\b/],
  ["a prototype", /getPrototypeOf|\.prototype\.\w+\s*=[^=]/],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe("the renderer fence", () => {
  it("keeps every private Cytoscape access inside src/graph/renderer/", () => {
    const outside = sourceFiles(GRAPH)
      .filter((file) => !file.startsWith(FENCE))
      .flatMap((file) => {
        const text = readFileSync(file, "utf8");
        return PRIVATE_ACCESS.filter(([, pattern]) => pattern.test(text)).map(
          ([what]) => `${relative(SRC, file)} reaches ${what}`,
        );
      });
    expect(outside).toEqual([]);
  });

  it("catches an access outside the fence", () => {
    const planted = [
      "const box = (ele as { _private: { bbCache: unknown } })._private.bbCache;",
      "(cy as unknown as { renderer(): Renderer }).renderer().drawCachedNodes = draw;",
      "Object.getPrototypeOf(cy.collection()).boundingBox = reuse;",
      "Collection.prototype.boundingBox = reuse;",
    ];
    for (const line of planted) expect(PRIVATE_ACCESS.some(([, pattern]) => pattern.test(line))).toBe(true);
    expect(PRIVATE_ACCESS.some(([, pattern]) => pattern.test("Object.prototype.hasOwnProperty.call(o, k)"))).toBe(
      false,
    );
  });

  it("pins cytoscape to the exact version the patches were written against", () => {
    const pkg = JSON.parse(readFileSync(join(SRC, "../package.json"), "utf8")) as {
      dependencies: Record<string, string>;
    };
    expect(pkg.dependencies.cytoscape).toBe(PINNED_CYTOSCAPE);
    const installed = JSON.parse(readFileSync(join(SRC, "../node_modules/cytoscape/package.json"), "utf8")) as {
      version: string;
    };
    expect(installed.version).toBe(PINNED_CYTOSCAPE);
  });
});
