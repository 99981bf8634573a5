// Search over the small fixture (tests/fixtures/models/small.graph.json), whose labels include
// "Côte D’Ivoire" (accent and typographic apostrophe) and "Peacebuilding Commission" (alias PBC).
import { describe, expect, it } from "vitest";
import { foldText, search } from "../../../src/model/search";
import { loadSmallGraph } from "../state/smallGraph";

const { search: index } = loadSmallGraph();
const top = (query: string) => search(index, query)[0];

describe("foldText", () => {
  it.each([
    ["Côte D’Ivoire", "cote divoire"],
    ["  Peace-building   COMMISSION ", "peace building commission"],
    ["**bold** words.", "bold words"],
    ["Ünïcödé", "unicode"],
  ])("%s → %s", (input, expected) => expect(foldText(input)).toBe(expected));
});

describe("search", () => {
  it.each([
    ["cote divoire", "cote-d-ivoire", "label"],
    ["Côte d'Ivoire", "cote-d-ivoire", "label"],
    ["peacebuilding commission", "pbc", "label"],
    ["peacebuilding comission", "pbc", "label"],
    ["peacebuildng", "pbc", "label"],
    ["pbc", "pbc", "alias"],
    ["secur", "security-council", "label"],
    ["liberia", "cote-d-ivoire", "quote"],
  ])("%s finds %s in its %s", (query, id, field) => {
    expect(top(query)).toMatchObject({ id, field });
  });

  it("requires every word to match", () => {
    expect(search(index, "peacebuilding zebra")).toEqual([]);
  });

  it("returns nothing for an empty or punctuation-only query", () => {
    expect(search(index, "")).toEqual([]);
    expect(search(index, " ,.; ")).toEqual([]);
  });

  it("does not forgive typos in short words", () => {
    expect(search(index, "pbx")).toEqual([]);
  });

  it("gives a snippet around a quote match", () => {
    expect(top("liberia")?.snippet).toContain("Liberia");
  });

  it("ranks a label match above description matches", () => {
    const ids = search(index, "peacebuilding").map((h) => h.id);
    expect(ids.slice(0, 2).toSorted()).toEqual(["pbc", "pbf"]);
  });
});
