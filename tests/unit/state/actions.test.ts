// Pure state changes, the store and the command bus, over the small fixture.
import { describe, expect, it, vi } from "vitest";
import { actions } from "../../../src/state/actions";
import { createCommandBus } from "../../../src/state/graphCommands";
import { createStore } from "../../../src/state/store";
import { readyState } from "../../support/smallGraph";

const s0 = readyState();

describe("actions", () => {
  it("selects and returns the same state for the same selection", () => {
    const s1 = actions.select(s0, { kind: "node", id: "pbc" });
    expect(s1.view.selection).toEqual({ kind: "node", id: "pbc" });
    expect(actions.select(s1, { kind: "node", id: "pbc" })).toBe(s1);
  });

  it("asks a connection from a node, which goes when another is selected", () => {
    const s1 = actions.connect(s0, { from: "pbf", to: "cote-d-ivoire", directed: false });
    expect(s1.view.selection).toEqual({ kind: "node", id: "pbf" });
    expect(s1.view.connection).toEqual({ from: "pbf", to: "cote-d-ivoire", directed: false });
    expect(actions.select(s1, { kind: "node", id: "pbf" })).toBe(s1);
    expect(actions.select(s1, { kind: "node", id: "pbc" }).view.connection).toBeNull();
    expect(actions.disconnect(s1).view).toEqual({ ...s1.view, connection: null });
    // A filter that hides the path's first end lets go of both.
    const hidden = actions.toggleType(s1, "un-body").view;
    expect([hidden.selection, hidden.connection]).toEqual([null, null]);
  });

  it("toggles types and relations without mutating the previous state", () => {
    const s1 = actions.toggleType(s0, "place");
    expect(s1.view.hiddenTypes.has("place")).toBe(true);
    expect(s0.view.hiddenTypes.size).toBe(0);
    expect(actions.toggleType(s1, "place").view.hiddenTypes.size).toBe(0);
    expect(actions.toggleRelation(s0, "supports").view.hiddenRelations.has("supports")).toBe(true);
  });

  it("lets go of a selection that a new filter or focus hides, and keeps one it does not", () => {
    const pbc = actions.select(s0, { kind: "node", id: "pbc" });
    expect(actions.toggleType(pbc, "place").view.selection).toEqual({ kind: "node", id: "pbc" });
    expect(actions.toggleType(pbc, "un-body").view.selection).toBeNull();
    expect(actions.setHiddenTypes(pbc, new Set(["un-body"])).view.selection).toBeNull();
    expect(actions.setFocus(pbc, { id: "cote-d-ivoire", depth: 1 }).view.selection).toEqual(pbc.view.selection);
    const ivoire = actions.select(s0, { kind: "node", id: "cote-d-ivoire" });
    expect(actions.setFocus(ivoire, { id: "pbf", depth: 1 }).view.selection).toBeNull();
    const edge = actions.select(s0, { kind: "edge", id: "pbc-supports-cote-d-ivoire" });
    expect(actions.toggleRelation(edge, "coordinates-with").view.selection).toEqual(edge.view.selection);
    expect(actions.toggleRelation(edge, "supports").view.selection).toBeNull();
    expect(actions.setHiddenRelations(edge, new Set(["supports"])).view.selection).toBeNull();
  });

  it("shows everything: filters and focus go, selection and layout stay", () => {
    let s = actions.select(s0, { kind: "node", id: "pbc" });
    s = actions.setLayout(actions.setFocus(actions.toggleType(s, "place"), { id: "pbc", depth: 2 }), "force");
    s = actions.showEverything(s);
    expect(s.view).toMatchObject({ focus: null, layout: "force", selection: { kind: "node", id: "pbc" } });
    expect(s.view.hiddenTypes.size).toBe(0);
  });

  it("opens the reader with a passage", () => {
    const s = actions.openPassage(s0, { source: "brief", start: 1, end: 5 });
    expect(s.readerOpen).toBe(true);
    expect(s.view.passage).toEqual({ source: "brief", start: 1, end: 5 });
  });

  it("adds and dismisses notices", () => {
    const s = actions.addNotices(s0, ["a", "b"]);
    expect(s.notices.map((n) => n.text)).toEqual(["a", "b"]);
    expect(actions.dismissNotice(s, s.notices[0]!.id).notices.map((n) => n.text)).toEqual(["b"]);
    expect(actions.addNotices(s0, [])).toBe(s0);
  });

  it("shows at most five notices, folding the rest into one that counts them", () => {
    const many = Array.from({ length: 5000 }, (_, i) => `notice ${i}`);
    const s = actions.addNotices(actions.addNotices(s0, ["first"]), many);
    expect(s.notices.map((n) => n.text)).toEqual([
      "first",
      "notice 0",
      "notice 1",
      "notice 2",
      "…and 4,997 more notices, not shown.",
    ]);
    expect(new Set(s.notices.map((n) => n.id)).size).toBe(5);
  });
});

describe("store and command bus", () => {
  it("notifies subscribers only on change", () => {
    const store = createStore(1);
    const listener = vi.fn();
    const stop = store.subscribe(listener);
    store.update((n) => n);
    store.update((n) => n + 1);
    stop();
    store.update((n) => n + 1);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.get()).toBe(3);
  });

  it("delivers commands to current listeners", () => {
    const bus = createCommandBus();
    const listener = vi.fn();
    const stop = bus.listen(listener);
    bus.emit({ type: "fit" });
    stop();
    bus.emit({ type: "fit" });
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
