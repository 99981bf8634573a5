// Paths between two nodes over small hand-drawn graphs, then the embedded brief: shortest first, alternatives
// at most one step longer, up to three, direction optional, filters respected, logistics only when needed.
import { describe, expect, it } from "vitest";
import { buildGraphIndex } from "../../../../src/model/query/graphIndex";
import { findPaths, type PathOptions } from "../../../../src/model/query/paths";
import type { GraphModel } from "../../../../src/model/brief/schema";
import { LOGISTICS_TYPES, SYMMETRIC_RELATIONS } from "../../../../src/model/brief/vocabulary";
import { loadModelFile } from "../../../../scripts/lib/modelFile";

/** A model from "a>b" (supports), "a=b" (coordinates with) and "a:x" (node a of type x) tokens. */
function graphOf(spec: string) {
  const nodes = new Map<string, string>();
  const edges: Array<{ source: string; target: string; relation: string }> = [];
  for (const token of spec.split(/\s+/).filter(Boolean)) {
    const typed = /^(\w+):([\w-]+)$/.exec(token);
    if (typed) {
      nodes.set(typed[1]!, typed[2]!);
      continue;
    }
    const [source, mark, target] = token.split(/([>=])/) as [string, string, string];
    for (const id of [source, target]) if (!nodes.has(id)) nodes.set(id, "concept");
    edges.push({ source, target, relation: mark === "=" ? "coordinates-with" : "supports" });
  }
  const model = {
    nodes: [...nodes].map(([id, type]) => ({ id, label: id.toUpperCase(), type, description: "", excerpts: [] })),
    edges: edges.map((e, i) => ({ id: `e${i}`, ...e, excerpts: [] })),
  } as unknown as GraphModel;
  return buildGraphIndex(model);
}

const undirected: PathOptions = { directed: false, isSymmetric: (e) => SYMMETRIC_RELATIONS.has(e.relation) };
/** Each path as its nodes joined: "a b c". */
const walks = (spec: string, from: string, to: string, options: Partial<PathOptions> = {}) =>
  findPaths(graphOf(spec), from, to, { ...undirected, ...options }).map((p) => p.nodes.join(" "));

describe("findPaths", () => {
  it("finds the shortest path, then alternatives at most one step longer", () => {
    // a-b-e (2 steps), a-c-e (2), a-c-d-e (3), a-f-g-h-e (4: too long)
    const spec = "a>b b>e a>c c>e c>d d>e a>f f>g g>h h>e";
    expect(walks(spec, "a", "e")).toEqual(["a b e", "a c e", "a c d e"]);
  });

  it("stops at three, or at what there is", () => {
    expect(walks("a>b b>e a>c c>e a>d d>e a>f f>e", "a", "e")).toHaveLength(3);
    expect(walks("a>b b>c", "a", "c")).toEqual(["a b c"]);
    expect(walks("a>b c>d", "a", "d")).toEqual([]);
    expect(walks("a>b", "a", "a")).toEqual([]);
    expect(walks("a>b", "a", "nowhere")).toEqual([]);
  });

  it("walks edges either way unless asked to follow their direction, but a mutual relation both ways", () => {
    expect(walks("a>b c>b", "a", "c")).toEqual(["a b c"]);
    expect(walks("a>b c>b", "a", "c", { directed: true })).toEqual([]);
    expect(walks("a>b b=c", "a", "c", { directed: true })).toEqual(["a b c"]);
    expect(walks("a>b c=b", "a", "c", { directed: true })).toEqual(["a b c"]);
  });

  it("keeps to the edges the filters show", () => {
    const index = graphOf("a>b b>e a=c c>e");
    const paths = findPaths(index, "a", "e", { ...undirected, canUse: (e) => e.relation !== "coordinates-with" });
    expect(paths.map((p) => p.nodes.join(" "))).toEqual(["a b e"]);
  });

  it("tells each step's edge and which way it is walked", () => {
    const [path] = findPaths(graphOf("a>b c>b"), "a", "c", undirected);
    expect(path!.steps.map((s) => [s.edge.id, s.forward])).toEqual([
      ["e0", true],
      ["e1", false],
    ]);
  });

  it("tells a connection through the same nodes once, whatever the parallel edges", () => {
    expect(walks("a>b a=b b>c", "a", "c")).toEqual(["a b c"]);
  });

  it("goes through logistics only when paths avoiding them are too few", () => {
    // m (an event) joins a and e in two steps; the argument's own path takes three.
    const spec = "m:event a>m m>e a>b b>c c>e";
    const logistics = { detour: (id: string) => id === "m" };
    expect(walks(spec, "a", "e", logistics)).toEqual(["a b c e", "a m e"]);
    expect(walks(spec, "a", "e", { ...logistics, limit: 1 })).toEqual(["a b c e"]);
    // ...and when there is nothing else, through them.
    expect(walks("m:event a>m m>e", "a", "e", logistics)).toEqual(["a m e"]);
  });
});

describe("paths in the embedded brief", () => {
  const brief = loadModelFile("graph-data/brief.graph.json");
  if (!brief.ok) throw new Error("embedded model invalid");
  const index = buildGraphIndex(brief.graph.model);
  const detour = (id: string) => LOGISTICS_TYPES.has(index.nodes.get(id)!.type);

  it("connects the Peacebuilding Commission to Liberia through the argument, not the meeting", () => {
    const paths = findPaths(index, "peacebuilding-commission", "liberia", { ...undirected, detour });
    expect(paths.length).toBeGreaterThan(0);
    expect(paths[0]!.nodes.filter(detour)).toEqual([]);
    expect(paths[0]!.nodes.at(0)).toBe("peacebuilding-commission");
    expect(paths[0]!.nodes.at(-1)).toBe("liberia");
  });
});
