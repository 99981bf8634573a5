// The embedded model reaches the page without the validator (it is validated at build time); what the page
// assembles must hold the model's own texts, and passages that name every excerpt as the curators recorded it
// (graph-data/brief.graph.json and its sources, the real brief and web summary).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assembleGraph } from "../../../../src/model/brief/assemble";
import type { GraphModel } from "../../../../src/model/brief/schema";
import { passageAt } from "../../../../src/model/sources/passages";
import { DEFAULT_MODEL } from "../../../../scripts/lib/modelFile";

const model = JSON.parse(readFileSync(DEFAULT_MODEL, "utf8")) as GraphModel;
const files = new Map(model.sources.map((s) => [s.id, readFileSync(`graph-data/${s.file}`, "utf8")]));

describe("assembleGraph", () => {
  it("keeps each source's text and manifest entry under its id", () => {
    const graph = assembleGraph(model, files);
    expect([...graph.texts.keys()]).toEqual(["brief", "web-summary"]);
    for (const source of model.sources) {
      expect(graph.texts.get(source.id)).toBe(readFileSync(`graph-data/${source.file}`, "utf8"));
      expect(graph.sourceInfo.get(source.id)).toBe(source);
    }
    expect(graph.model).toBe(model);
  });

  it("splits each source into passages that find every excerpt, under the passage name the model records", () => {
    const graph = assembleGraph(model, files);
    const excerpts = [...model.nodes, ...model.edges].flatMap((item) => item.excerpts);
    expect(excerpts.length).toBeGreaterThan(300);
    const misnamed = excerpts.filter((ex) => {
      const passage = passageAt(graph.passages.get(ex.source) ?? [], { start: ex.start, end: ex.end });
      return passage?.name !== ex.passage || graph.texts.get(ex.source)!.slice(ex.start, ex.end) !== ex.quote;
    });
    expect(misnamed).toEqual([]);
    // The brief's bullets are its insights, as its citations say ("Brief, insight 9").
    expect(graph.passages.get("brief")!.some((p) => p.name === "insight 9")).toBe(true);
  });

  it("leaves out the passages of a source whose text it was not given", () => {
    const graph = assembleGraph(model, new Map([["brief", files.get("brief")!]]));
    expect([...graph.passages.keys()]).toEqual(["brief"]);
  });
});
