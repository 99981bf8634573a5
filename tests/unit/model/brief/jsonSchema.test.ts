import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildJsonSchema } from "../../../../src/model/brief/jsonSchema";
import { NODE_TYPES, RELATIONS } from "../../../../src/model/brief/vocabulary";

describe("the JSON Schema in graph-data/", () => {
  const committed = JSON.parse(readFileSync("graph-data/briefgraph.schema.json", "utf8")) as Record<string, unknown>;

  it("is what `npm run schema` generates from src/model/brief/schema.ts (run it after changing the schema)", () => {
    expect(committed).toEqual(buildJsonSchema());
  });

  it("describes every node type and relation for editors", () => {
    const text = JSON.stringify(committed);
    for (const value of [...NODE_TYPES, ...RELATIONS]) expect(text).toContain(`"const":"${value}"`);
  });

  it("is the schema the embedded model names", () => {
    const model = JSON.parse(readFileSync("graph-data/brief.graph.json", "utf8")) as { $schema: string };
    expect(model.$schema).toBe("./briefgraph.schema.json");
  });
});
