// Going to a node or edge that the filters or focus hide, over the small fixture (four nodes from the brief:
// pbc, pbf, security-council, cote-d-ivoire; edges pbc→pbf coordinates-with, pbc→security-council
// has-advantage-over, pbc→cote-d-ivoire supports).
import { describe, expect, it } from "vitest";
import { actions } from "../../../src/state/actions";
import { filtersRevealing } from "../../../src/model/view/reveal";
import type { AppState } from "../../../src/state/appState";
import { loadSmallGraph, readyState } from "../../support/smallGraph";

const graph = loadSmallGraph();
const none = { hiddenTypes: new Set<never>(), hiddenRelations: new Set<never>(), focus: null };

describe("filtersRevealing", () => {
  it("changes nothing when the selection is already visible, or missing", () => {
    expect(filtersRevealing(graph.index, none, { kind: "node", id: "pbf" })).toBeNull();
    expect(filtersRevealing(graph.index, none, { kind: "node", id: "nope" })).toBeNull();
    expect(filtersRevealing(graph.index, none, null)).toBeNull();
  });

  it("shows a node's type again when a type filter hides it", () => {
    const filters = { ...none, hiddenTypes: new Set(["place", "un-body"] as const) };
    expect(filtersRevealing(graph.index, filters, { kind: "node", id: "cote-d-ivoire" })?.hiddenTypes).toEqual(
      new Set(["un-body"]),
    );
  });

  it("moves the focus to a node outside it, keeping the depth", () => {
    const filters = { ...none, focus: { id: "pbf", depth: 1 } };
    expect(filtersRevealing(graph.index, filters, { kind: "node", id: "cote-d-ivoire" })?.focus).toEqual({
      id: "cote-d-ivoire",
      depth: 1,
    });
  });

  it("shows an edge's relation and both ends' types again", () => {
    const filters = {
      ...none,
      hiddenTypes: new Set(["place"] as const),
      hiddenRelations: new Set(["supports"] as const),
    };
    const revealing = filtersRevealing(graph.index, filters, { kind: "edge", id: "pbc-supports-cote-d-ivoire" });
    expect(revealing).toEqual({ hiddenTypes: new Set(), hiddenRelations: new Set(), focus: null, evidence: null });
  });
});

const hiding = (s: AppState): AppState => ({ ...s, view: { ...s.view, hiddenTypes: new Set(["place"]) } });

describe("the goTo action", () => {
  it("selects a visible node without touching filters or adding notices", () => {
    const next = actions.goTo(hiding(readyState(graph)), { kind: "node", id: "pbf" });
    expect(next.view.selection).toEqual({ kind: "node", id: "pbf" });
    expect(next.view.hiddenTypes).toEqual(new Set(["place"]));
    expect(next.notices).toEqual([]);
  });

  it("reveals a hidden node and tells the reader why the filters changed", () => {
    const next = actions.goTo(hiding(readyState(graph)), { kind: "node", id: "cote-d-ivoire" });
    expect(next.view.selection).toEqual({ kind: "node", id: "cote-d-ivoire" });
    expect(next.view.hiddenTypes).toEqual(new Set());
    expect(next.notices.map((n) => n.text)).toEqual([
      "“Côte D’Ivoire” was hidden by the filters or the focus; they were changed to show it.",
    ]);
  });
});
