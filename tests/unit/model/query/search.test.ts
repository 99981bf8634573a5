// Search over the small fixture (tests/fixtures/models/small.graph.json), whose labels include
// "Côte D’Ivoire" (accent and typographic apostrophe) and "Peacebuilding Commission" (alias PBC).
import { describe, expect, it } from "vitest";
import { foldText, search, searchIndexInSteps } from "../../../../src/model/query/search";
import { syntheticModel } from "../../../../scripts/lib/syntheticModel";
import { loadSmallGraph } from "../../../support/smallGraph";
import { loadModelFile } from "../../../../scripts/lib/modelFile";

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

describe("searchIndexInSteps", () => {
  const model = syntheticModel(1000);

  it("indexes the asked minimum when no time is left, and more while time is", () => {
    const steps = searchIndexInSteps(model);
    expect(steps.step(() => 0, 300)).toBe(false);
    expect(steps.step(() => 0, 300)).toBe(false);
    expect(steps.step(() => 0, 300)).toBe(false);
    // 100 left: the minimum is capped at what remains.
    expect(steps.step(() => 0, 300)).toBe(true);
    let calls = 0;
    const timed = searchIndexInSteps(model);
    // Time for 50 more nodes after the first 10.
    expect(timed.step(() => (calls++ < 50 ? 1 : 0), 10)).toBe(false);
    // So 60 are in: 939 more leave one out, and that one completes it.
    expect(timed.step(() => 0, 939)).toBe(false);
    expect(timed.step(() => 0, 1)).toBe(true);
  });

  it("ends with the same index as building it at once, however it was cut", () => {
    const whole = searchIndexInSteps(model).finish();
    const steps = searchIndexInSteps(model);
    steps.step(() => 0, 123);
    steps.step(() => 0, 456);
    expect(steps.finish()).toEqual(whole);
    expect(search(steps.finish(), "item 999")[0]).toMatchObject({ id: "n999", field: "label" });
  });
});

describe("search over the embedded brief, as its readers name things", () => {
  const brief = loadModelFile("graph-data/brief.graph.json");
  if (!brief.ok) throw new Error("embedded model invalid");
  const briefIndex = searchIndexInSteps(brief.graph.model).finish();
  it.each([
    // "Comparative advantages of the PBC" has the word too; an exact alias means the Commission itself.
    ["PBC", "peacebuilding-commission"],
    ["pbc", "peacebuilding-commission"],
    ["SG", "secretary-general"],
    ["Ivory Coast", "cote-divoire"],
    ["UNSC", "security-council"],
    ["peacekeeping operations", "peace-operations"],
    ["UN", "united-nations"],
  ])("%s ranks %s first", (query, id) => {
    expect(search(briefIndex, query)[0]?.id).toBe(id);
  });
});
