// Graph queries over the small fixture (tests/fixtures/models/small.graph.json): pbc is a hub with three
// edges (coordinates-with pbf, has-advantage-over security-council, supports cote-d-ivoire).
import { describe, expect, it } from "vitest";
import { connectionGroups, neighbourhood, otherEnd } from "../../../../src/model/query/graphIndex";
import { computeVisibility, isVisible, type Filters } from "../../../../src/model/query/visibility";
import { DEFAULT_MODEL, loadModelFile } from "../../../../scripts/lib/modelFile";
import { prepareGraph } from "../../../../src/open/loadGraph";
import { SYMMETRIC_RELATIONS } from "../../../../src/model/brief/vocabulary";
import { loadSmallGraph } from "../../../support/smallGraph";

const { index } = loadSmallGraph();
const none = { hiddenTypes: new Set<never>(), hiddenRelations: new Set<never>(), focus: null };

describe("graph index", () => {
  it("indexes nodes, edges and incident edges", () => {
    expect(index.nodes.size).toBe(4);
    expect(index.edges.size).toBe(3);
    expect(index.incident.get("pbc")?.map((e) => e.id)).toHaveLength(3);
    expect(index.incident.get("pbf")?.map((e) => e.id)).toEqual(["pbc-coordinates-with-pbf"]);
    expect(otherEnd(index.edges.get("pbc-coordinates-with-pbf")!, "pbf")).toBe("pbc");
  });

  it.each([
    ["pbf", 0, ["pbf"]],
    ["pbf", 1, ["pbf", "pbc"]],
    ["pbf", 2, ["pbf", "pbc", "security-council", "cote-d-ivoire"]],
  ])("neighbourhood of %s at depth %i", (id, depth, expected) => {
    expect([...neighbourhood(index, id, depth)].toSorted()).toEqual(expected.toSorted());
  });

  it("groups connections by relation and direction, symmetric ones as outgoing", () => {
    const fromPbf = connectionGroups(index, "pbf", (r) => SYMMETRIC_RELATIONS.has(r));
    expect(fromPbf).toEqual([expect.objectContaining({ relation: "coordinates-with", direction: "out" })]);
    const fromSc = connectionGroups(index, "security-council", (r) => SYMMETRIC_RELATIONS.has(r));
    expect(fromSc.map((g) => [g.relation, g.direction, g.connections[0]?.node.id])).toEqual([
      ["has-advantage-over", "in", "pbc"],
    ]);
  });
});

describe("visibility", () => {
  it("shows everything without filters", () => {
    const v = computeVisibility(index, none);
    expect(v.nodes.size).toBe(4);
    expect(v.edges.size).toBe(3);
    expect(v.partial).toBe(false);
  });

  it("hides a type and the edges to it", () => {
    const v = computeVisibility(index, { ...none, hiddenTypes: new Set(["place"] as const) });
    expect(v.nodes.has("cote-d-ivoire")).toBe(false);
    expect(v.edges.has("pbc-supports-cote-d-ivoire")).toBe(false);
    expect(v.partial).toBe(true);
  });

  it("hides a relation but keeps its nodes", () => {
    const v = computeVisibility(index, { ...none, hiddenRelations: new Set(["supports"] as const) });
    expect(v.nodes.size).toBe(4);
    expect([...v.edges].toSorted()).toEqual(["pbc-advantage-over-sc", "pbc-coordinates-with-pbf"]);
  });

  it("focuses on a neighbourhood, walking only visible relations", () => {
    expect([...computeVisibility(index, { ...none, focus: { id: "pbf", depth: 1 } }).nodes].toSorted()).toEqual([
      "pbc",
      "pbf",
    ]);
    const blocked = {
      ...none,
      hiddenRelations: new Set(["coordinates-with"] as const),
      focus: { id: "pbf", depth: 3 },
    };
    expect([...computeVisibility(index, blocked).nodes]).toEqual(["pbf"]);
  });

  it("keeps a focused node visible even when its type is hidden", () => {
    const v = computeVisibility(index, {
      ...none,
      hiddenTypes: new Set(["place"] as const),
      focus: { id: "cote-d-ivoire", depth: 1 },
    });
    expect([...v.nodes].toSorted()).toEqual(["cote-d-ivoire", "pbc"]);
  });
});

describe("isVisible", () => {
  const loaded = loadModelFile(DEFAULT_MODEL);
  if (!loaded.ok) throw new Error("the embedded model does not load");
  const brief = prepareGraph(loaded.graph).index;
  const filterSets: [string, Filters][] = [
    ["nothing hidden", none],
    ["two kinds hidden", { ...none, hiddenTypes: new Set(["un-body", "concept"] as const) }],
    ["relations hidden", { ...none, hiddenRelations: new Set(["supports", "involves"] as const) }],
    ["a focus", { ...none, focus: { id: "peacebuilding-commission", depth: 2 } }],
    [
      "a focus under filters, on a hidden kind",
      {
        hiddenTypes: new Set(["un-body", "recommendation"] as const),
        hiddenRelations: new Set(["recommends"] as const),
        focus: { id: "peacebuilding-commission", depth: 3 },
      },
    ],
  ];

  it.each(filterSets)("gives computeVisibility's answer for every node and edge of the brief: %s", (_, filters) => {
    const all = computeVisibility(brief, filters);
    const nodes = [...brief.nodes.keys()];
    const edges = [...brief.edges.keys()];
    expect(nodes.filter((id) => isVisible(brief, filters, "node", id))).toEqual(
      nodes.filter((id) => all.nodes.has(id)),
    );
    expect(edges.filter((id) => isVisible(brief, filters, "edge", id))).toEqual(
      edges.filter((id) => all.edges.has(id)),
    );
    // Each filter set hides something and shows something, or the comparison proves little.
    if (filters !== none) expect(all.nodes.size + all.edges.size).toBeLessThan(nodes.length + edges.length);
    expect(all.nodes.size).toBeGreaterThan(0);
  });

  it("knows no element that does not exist", () => {
    expect(isVisible(brief, none, "node", "nope")).toBe(false);
    expect(isVisible(brief, none, "edge", "nope")).toBe(false);
  });
});
