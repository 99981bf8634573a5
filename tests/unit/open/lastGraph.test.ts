// @vitest-environment happy-dom
// Remembering the last graph: a file's JSON is kept as it is (not escaped inside another JSON string), a graph
// too big to keep says so and leaves no older graph behind, entries in the earlier format still open, and a
// damaged entry is forgotten.
import { afterEach, describe, expect, it } from "vitest";
import { forgetGraph, recallGraph, rememberGraph } from "../../../src/open/lastGraph";

afterEach(() => window.localStorage.clear());

const json = JSON.stringify({ format: "briefgraph", title: 'A "quoted" title' });

describe("last graph", () => {
  it("keeps a file's JSON unescaped and recalls it with its name", () => {
    expect(rememberGraph({ kind: "file", name: "mine.json" }, json)).toBe(true);
    expect(window.localStorage.getItem("briefgraph:last-graph-json")).toBe(json);
    expect(recallGraph()).toEqual({ kind: "file", name: "mine.json", json });
  });

  it("keeps a link's address only, dropping a remembered file", () => {
    rememberGraph({ kind: "file", name: "mine.json" }, json);
    expect(rememberGraph({ kind: "link", url: "/graph-data/brief.graph.json" })).toBe(true);
    expect(recallGraph()).toEqual({ kind: "link", url: "/graph-data/brief.graph.json" });
    expect(window.localStorage.getItem("briefgraph:last-graph-json")).toBeNull();
  });

  it("refuses a file longer than any browser keeps, and forgets the graph before it", () => {
    rememberGraph({ kind: "file", name: "small.json" }, json);
    expect(rememberGraph({ kind: "file", name: "huge.json" }, "x".repeat(5_000_001))).toBe(false);
    expect(recallGraph()).toBeNull();
  });

  it("still opens an entry written with the JSON inline, and forgets on request", () => {
    window.localStorage.setItem("briefgraph:last-graph", JSON.stringify({ kind: "file", name: "old.json", json }));
    expect(recallGraph()).toEqual({ kind: "file", name: "old.json", json });
    forgetGraph();
    expect(recallGraph()).toBeNull();
  });

  it.each([
    ["not JSON", "{kind: file"],
    ["JSON null", "null"],
    ["a file entry without its JSON", JSON.stringify({ kind: "file", name: "lost.json" })],
    ["an unknown kind", JSON.stringify({ kind: "tape", url: 3 })],
  ])("recalls nothing from a damaged entry (%s), and forgets it so it is never reported again", (_, raw) => {
    window.localStorage.setItem("briefgraph:last-graph", raw);
    window.localStorage.setItem("briefgraph:last-graph-json", "");
    expect(recallGraph()).toBeNull();
    expect(window.localStorage.getItem("briefgraph:last-graph")).toBeNull();
    expect(window.localStorage.getItem("briefgraph:last-graph-json")).toBeNull();
  });
});
