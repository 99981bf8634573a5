// The words and lists assistive technology gets, over the small fixture (tests/fixtures/models/small.graph.json:
// pbc coordinates with pbf, has an advantage over the Security Council and supports Côte D'Ivoire).
import { describe, expect, it } from "vitest";
import { TYPE_ORDER } from "../../../../src/look/appearance";
import { describeResults, describeSelection } from "../../../../src/model/view/announcements";
import { graphAsList, listEntry, listedNodes } from "../../../../src/model/query/listView";
import { startNode, visibleNeighbours } from "../../../../src/model/query/navigation";
import { parseThemePreference, resolveTheme } from "../../../../src/look/theme";
import { computeVisibility } from "../../../../src/model/query/visibility";
import type { NodeType, Relation } from "../../../../src/model/brief/vocabulary";
import { loadSmallGraph } from "../../../support/smallGraph";

const { index } = loadSmallGraph();
const all = computeVisibility(index, { hiddenTypes: new Set(), hiddenRelations: new Set(), focus: null });
const withoutPlaces = computeVisibility(index, {
  hiddenTypes: new Set<NodeType>(["place"]),
  hiddenRelations: new Set<Relation>(),
  focus: null,
});

describe("describeSelection", () => {
  it.each([
    ["a node", { kind: "node", id: "pbc" }, all, "Selected Peacebuilding Commission, UN body, 3 connections."],
    ["a leaf", { kind: "node", id: "pbf" }, all, "Selected Peacebuilding Fund, UN body, 1 connection."],
    [
      "a node with filtered connections",
      { kind: "node", id: "pbc" },
      withoutPlaces,
      "Selected Peacebuilding Commission, UN body, 2 connections shown, 1 hidden.",
    ],
    [
      "a hidden node",
      { kind: "node", id: "cote-d-ivoire" },
      withoutPlaces,
      "Selected Côte D’Ivoire, Place, hidden by the filters.",
    ],
    [
      "an edge",
      { kind: "edge", id: "pbc-supports-cote-d-ivoire" },
      all,
      "Selected connection: Peacebuilding Commission supports Côte D’Ivoire, 1 quotation.",
    ],
    ["nothing", null, all, "Selection cleared."],
    ["an unknown id", { kind: "node", id: "nope" }, all, ""],
  ] as const)("%s", (_, selection, visibility, expected) => {
    expect(describeSelection(index, selection, visibility)).toBe(expected);
  });
});

describe("describeSelection, when the selection is cleared", () => {
  it.each([
    ["by the reader, with nothing hidden", { kind: "node", id: "cote-d-ivoire" }, all, "Selection cleared."],
    ["with it still shown", { kind: "node", id: "pbc" }, withoutPlaces, "Selection cleared."],
    [
      "because a filter hid its node",
      { kind: "node", id: "cote-d-ivoire" },
      withoutPlaces,
      "Selection cleared: Côte D’Ivoire is hidden by the filters.",
    ],
    [
      "because a filter hid its connection",
      { kind: "edge", id: "pbc-supports-cote-d-ivoire" },
      withoutPlaces,
      "Selection cleared: the connection Peacebuilding Commission supports Côte D’Ivoire is hidden by the filters.",
    ],
    ["from an element this graph lacks", { kind: "node", id: "nope" }, withoutPlaces, "Selection cleared."],
  ] as const)("%s", (_, previous, visibility, expected) => {
    expect(describeSelection(index, null, visibility, previous)).toBe(expected);
  });
});

describe("describeResults", () => {
  it.each([
    ["pbc", 1, "1 result for “pbc”. Use the arrow keys to choose, Enter to select."],
    ["peace", 12, "12 or more results for “peace”. Use the arrow keys to choose, Enter to select."],
    ["xyz", 0, "No match for “xyz”."],
    ["  ", 0, ""],
  ])("%s with %i hits", (query, count, expected) => {
    expect(describeResults(query, count, 12)).toBe(expected);
  });
});

describe("keyboard starting point and neighbours", () => {
  it("starts at the best-connected visible node", () => {
    expect(startNode(index, all)).toBe("pbc");
  });

  it("lists neighbours along visible connections only", () => {
    expect(visibleNeighbours(index, "pbc", all).toSorted()).toEqual(["cote-d-ivoire", "pbf", "security-council"]);
    expect(visibleNeighbours(index, "pbc", withoutPlaces).toSorted()).toEqual(["pbf", "security-council"]);
    expect(visibleNeighbours(index, "pbf", all)).toEqual(["pbc"]);
  });
});

describe("graphAsList", () => {
  it("groups visible nodes by type in legend order, alphabetically, with their connections", () => {
    const list = graphAsList(index, all, TYPE_ORDER);
    expect(list.sections.map((s) => s.type)).toEqual(["un-body", "place"]);
    expect(list.sections[0]!.nodes.map((node) => node.label)).toEqual([
      "Peacebuilding Commission",
      "Peacebuilding Fund",
      "Security Council",
    ]);
    const pbc = listEntry(index, all, list.sections[0]!.nodes[0]!);
    expect(pbc.connections.map((c) => `${c.direction} ${c.edge.relation} ${c.other.id}`)).toEqual([
      "out supports cote-d-ivoire",
      "out coordinates-with pbf",
      "out has-advantage-over security-council",
    ]);
    const sc = listEntry(index, all, list.sections[0]!.nodes[2]!);
    expect(sc.connections.map((c) => `${c.direction} ${c.other.id}`)).toEqual(["in pbc"]);
    expect([list.shownNodes, list.totalNodes, list.shownEdges, list.totalEdges]).toEqual([4, 4, 3, 3]);
  });

  it("shows a long kind a page at a time, more when asked, and the selected node even when further down", () => {
    const nodes = Array.from({ length: 60 }, (_, i) => ({ ...index.model.nodes[0]!, id: `n${i}` }));
    const section = { type: "concept" as const, nodes };
    const shown = (asked: number | undefined, selected: string | null = null) => {
      const { shown: count, beyond } = listedNodes(section, asked, selected);
      return [count, beyond?.id ?? null];
    };
    expect(shown(undefined)).toEqual([25, null]);
    expect(shown(25)).toEqual([25, null]);
    expect(shown(50)).toEqual([50, null]);
    expect(shown(75)).toEqual([60, null]);
    expect(shown(25, "n40")).toEqual([25, "n40"]);
    expect(shown(50, "n40")).toEqual([50, null]);
    expect(shown(25, "n3")).toEqual([25, null]);
    expect(shown(25, "not-in-this-section")).toEqual([25, null]);
    // A short kind, such as any of the brief's, shows whole.
    expect(listedNodes({ type: "concept", nodes: nodes.slice(0, 50) }, undefined, null).shown).toBe(50);
  });

  it("shows what the filters show and counts what they hide", () => {
    const list = graphAsList(index, withoutPlaces, TYPE_ORDER);
    expect(list.sections.map((s) => s.type)).toEqual(["un-body"]);
    expect(listEntry(index, withoutPlaces, list.sections[0]!.nodes[0]!).hiddenConnections).toBe(1);
    expect([list.shownNodes, list.shownEdges]).toEqual([3, 2]);
  });
});

describe("theme preference", () => {
  it.each([
    ["dark", false, "dark"],
    ["light", true, "light"],
    ["system", true, "dark"],
    ["system", false, "light"],
    ["purple", true, "dark"],
    [null, false, "light"],
  ] as const)("%s with a dark system %s draws %s", (raw, systemDark, expected) => {
    expect(resolveTheme(parseThemePreference(raw), systemDark)).toBe(expected);
  });
});
