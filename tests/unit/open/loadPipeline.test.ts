// The worker's pipeline run directly in Node: the small fixture, made self-contained, with positions removed.
import { describe, expect, it } from "vitest";
import { runLoad } from "../../../src/open/loadPipeline";
import type { LoadProgress } from "../../../src/model/file/loadFile";
import { toModelJson } from "../../../src/model/export/modelJson";
import { validateModel } from "../../../src/model/brief/validate";
import { fileReader } from "../../../scripts/lib/modelFile";
import { smallModel, SMALL_MODEL_PATH } from "../model/brief/brokenModels";

const valid = validateModel(smallModel(), fileReader(SMALL_MODEL_PATH));
if (!valid.ok) throw new Error("small fixture invalid");
const encode = (text: string) => new TextEncoder().encode(text);

describe("runLoad", () => {
  it("validates, then lays out a model without positions, reporting each stage", () => {
    const stages: LoadProgress[] = [];
    const result = runLoad({ bytes: encode(toModelJson(valid.graph)) }, (p) => stages.push(p));
    expect(stages.map((s) => s.stage)).toEqual(["validating", "layout"]);
    expect(result.ok && result.graph.model.nodes.every((n) => n.position)).toBe(true);
  });

  it("keeps positions a model already has, and skips the layout stage", () => {
    const placed = {
      ...valid.graph,
      model: {
        ...valid.graph.model,
        nodes: valid.graph.model.nodes.map((n, i) => ({ ...n, position: { x: i * 200, y: 0 } })),
      },
    };
    const stages: string[] = [];
    const result = runLoad({ bytes: encode(toModelJson(placed)) }, (p) => stages.push(p.stage));
    expect(stages).toEqual(["validating"]);
    expect(result.ok && result.graph.model.nodes.map((n) => n.position)).toEqual(
      [0, 200, 400, 600].map((x) => ({ x, y: 0 })),
    );
  });

  it("reads sources a linked model names by file from the texts fetched beside it", () => {
    const linked = JSON.parse(toModelJson(valid.graph));
    const text = linked.sources[0].text;
    linked.sources[0] = { ...linked.sources[0], text: undefined, file: "sources/brief.txt" };
    const withFiles = runLoad(
      { bytes: encode(JSON.stringify(linked)), sourceFiles: new Map([["sources/brief.txt", text]]) },
      () => {},
    );
    expect(withFiles.ok).toBe(true);
    const without = runLoad({ bytes: encode(JSON.stringify(linked)) }, () => {});
    expect(without.ok ? [] : without.issues.map((i) => i.code)).toEqual(["source-file-unreachable"]);
  });
});
