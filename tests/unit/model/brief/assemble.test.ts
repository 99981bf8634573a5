// The embedded model reaches the page without the validator (it is validated at build time); what the page
// assembles must be exactly what validation would have produced.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assembleGraph } from "../../../../src/model/brief/assemble";
import type { GraphModel } from "../../../../src/model/brief/schema";
import { DEFAULT_MODEL, loadModelFile } from "../../../../scripts/lib/modelFile";

describe("assembleGraph", () => {
  it("gives the embedded model the same texts, passages and sources as validation does", () => {
    const validated = loadModelFile(DEFAULT_MODEL);
    if (!validated.ok) throw new Error("embedded model invalid");
    const model = JSON.parse(readFileSync(DEFAULT_MODEL, "utf8")) as GraphModel;
    const texts = new Map(model.sources.map((s) => [s.id, readFileSync(`graph-data/${s.file}`, "utf8")]));
    const assembled = assembleGraph(model, texts);
    expect(assembled.texts).toEqual(validated.graph.texts);
    expect(assembled.passages).toEqual(validated.graph.passages);
    expect(assembled.sourceInfo).toEqual(validated.graph.sourceInfo);
    expect(assembled.model.nodes).toEqual(validated.graph.model.nodes);
    expect(assembled.model.edges).toEqual(validated.graph.model.edges);
  });
});
