// The loaded graph's indexes: lookups at once, the search index built once, on first use or when idle.
import { describe, expect, it } from "vitest";
import { search } from "../../../src/model/query/search";
import { loadSmallGraph } from "../../support/smallGraph";

describe("prepareGraph", () => {
  it("indexes nodes at once and builds the search index once, on first use", () => {
    const graph = loadSmallGraph();
    expect(graph.index.nodes.get("pbc")?.label).toBe("Peacebuilding Commission");
    const first = graph.search;
    expect(graph.search).toBe(first);
    expect(search(graph.search, "peacebuilding", 5).map((hit) => hit.id)).toContain("pbc");
  });

  it("gives every load its own serial", () => {
    expect(loadSmallGraph().serial).toBeLessThan(loadSmallGraph().serial);
  });
});
