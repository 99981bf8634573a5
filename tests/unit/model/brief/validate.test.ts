import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validateJsonText, validateModel } from "../../../../src/model/brief/validate";
import { formatIssue } from "../../../../src/model/brief/messages";
import { fileReader } from "../../../../scripts/lib/modelFile";
import { brokenCases, smallModel, SMALL_MODEL_PATH } from "./brokenModels";

const read = fileReader(SMALL_MODEL_PATH);

/** Validates and returns what a curator would read, one line per problem. */
function messagesFor(root: unknown): string[] {
  const result = validateModel(root, read);
  return result.ok ? [] : result.issues.map((issue) => formatIssue(issue, "model.json"));
}

function broken(name: string): unknown {
  const testCase = brokenCases.find((c) => c.name === name);
  if (!testCase) throw new Error(`no broken case "${name}"`);
  const model = smallModel() as Parameters<typeof testCase.mutate>[0];
  const replaced = testCase.mutate(model);
  return replaced === undefined ? model : replaced;
}

describe("validateModel on the valid fixture", () => {
  it("accepts it and exposes its sources' texts and passages", () => {
    const result = validateModel(smallModel(), read);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.graph.model.nodes.map((n) => n.id)).toEqual(["pbc", "pbf", "security-council", "cote-d-ivoire"]);
    expect(result.graph.texts.get("brief")).toBe(readFileSync("graph-data/sources/brief.txt", "utf8"));
    expect(result.graph.passages.get("brief")?.filter((p) => p.kind === "bullet")).toHaveLength(9);
  });
});

// Each row: a broken model, and exactly what `npm run validate` and the app's alert say about it.
const expectations: Array<[string, string[]]> = [
  [
    "dangling edge",
    [
      "model.json: edges[0].target: Edge `pbc-coordinates-with-pbf` targets `pbf2`, which is not a node id; did you mean `pbf`? Fix: Point `target` at an existing node id, or add a node with id `pbf2`.",
      "model.json: nodes[1]: Node `pbf` has no edges. Fix: Connect it to the nodes the sources relate it to, or remove it.",
    ],
  ],
  [
    "duplicate id",
    [
      "model.json: nodes[1].id: Id `pbc` is already used at nodes[0].id; ids must be unique across nodes and edges. Fix: Rename one of them (and the edges that point to it).",
      "model.json: edges[0].target: Edge `pbc-coordinates-with-pbf` targets `pbf`, which is not a node id; did you mean `pbc`? Fix: Point `target` at an existing node id, or add a node with id `pbf`.",
    ],
  ],
  [
    "quote not in source",
    [
      'model.json: nodes[2].excerpts[0].quote: The quote is not in `brief`; closest passage: "Integrated reporting to the Security Council would be a step in the right direction." Fix: Copy the words exactly from the source, typographic quotes (’ “ ”) and dashes included.',
    ],
  ],
  [
    "typographic apostrophe typed as ASCII",
    [
      'model.json: nodes[3].excerpts[0].quote: The quote matches `brief` only when quotes, dashes, accents, case or spacing are ignored; the source reads: "The impending drawdown of peace operations in Liberia, Côte D’Ivoire, and Haiti" Fix: Use the source\'s exact characters (npm run offsets replaces the quote with them).',
    ],
  ],
  [
    "wrong offsets",
    [
      "model.json: nodes[0].excerpts[0].start: The quote is in `brief`, but at 3744–3867, not at 3749–3867. Fix: Run `npm run offsets` to repair the offsets.",
    ],
  ],
  [
    "wrong passage",
    [
      'model.json: nodes[0].excerpts[0].passage: The excerpt says it is in `insight 8`, but its quote is in insight 9. Fix: Set `passage` to "insight 9" (npm run offsets does this for you).',
    ],
  ],
  [
    "unknown type",
    [
      "model.json: nodes[0].type: `un_body` is not a known type; did you mean `un-body`? Fix: Use one of: concept, recommendation, finding, un-body, actor, organization, person, place, event, document.",
    ],
  ],
  [
    "unknown relation",
    [
      "model.json: edges[0].relation: `coordinate-with` is not a known relation; did you mean `coordinates-with`? Fix: Use one of: recommends, raises, addressed-to, involves, responds-to, supports, enables, part-of, coordinates-with, has-advantage-over, contrasts-with, committed-to, reaffirms, organized, co-sponsored, moderated, spoke-at, participated-in, affiliated-with, represents, follows, focuses-on, documents, adopted, mandates, located-in, draws-lessons-from.",
    ],
  ],
  [
    "empty label",
    ["model.json: nodes[0].label: `label` is empty. Fix: Give the node a short label in the sources' own words."],
  ],
  [
    "1 MB label",
    [
      "model.json: nodes[0].label: `label` is 1048576 characters long; at most 40 are allowed. Fix: Shorten it to a few of the sources' own words; details go in `description`.",
    ],
  ],
  [
    "wrong format version",
    [
      "model.json: version: This file is format version 2; this build of briefgraph reads version 1. Fix: Convert the file to version 1, or open it with a briefgraph that reads its version.",
    ],
  ],
  [
    "wrong format tag",
    [
      'model.json: format: The format tag is `cytoscape`, not `briefgraph`: this is not a briefgraph model. Fix: Set "format": "briefgraph" if this file really is a briefgraph model.',
    ],
  ],
  [
    "missing description",
    [
      "model.json: nodes[1].description: Required key `description` is missing. Fix: Add `description` (see graph-data/briefgraph.schema.json for what it holds).",
    ],
  ],
  [
    "no excerpts",
    [
      "model.json: edges[1].excerpts: This list is empty; it needs at least 1 item. Fix: Every node and edge needs at least one verbatim excerpt from a source: add one.",
    ],
  ],
  [
    "unknown source",
    [
      "model.json: nodes[1].excerpts[0].source: Excerpt names source `brief2`, which is not in `sources`; did you mean `brief`? Fix: Use the id of one of the model's sources.",
    ],
  ],
  [
    "orphan node",
    [
      "model.json: nodes[2]: Node `security-council` has no edges. Fix: Connect it to the nodes the sources relate it to, or remove it.",
    ],
  ],
  [
    "bad id",
    [
      "model.json: nodes[3].id: `Côte d'Ivoire` is not a valid id. Fix: Use lowercase letters, digits and single hyphens, at most 64 characters (e.g. `peacebuilding-commission`).",
    ],
  ],
  [
    "self loop",
    [
      "model.json: edges[0].target: Edge `pbc-coordinates-with-pbf` connects `pbc` to itself. Fix: Connect two different nodes, or remove the edge.",
      "model.json: nodes[1]: Node `pbf` has no edges. Fix: Connect it to the nodes the sources relate it to, or remove it.",
    ],
  ],
  [
    "source text changed",
    [
      "model.json: sources[0].sha256: The text of source `brief` has changed: its sha256 is 21e7653c1e13…, the model was anchored to 000000000000…. Fix: Restore the source's original bytes; sources are kept byte for byte, so excerpts stay verbatim.",
    ],
  ],
  [
    "null model",
    [
      'model.json: (root): The model must be a JSON object, but this file holds null. Fix: Start from a model file such as graph-data/brief.graph.json: { "format": "briefgraph", "version": 1, ... }.',
    ],
  ],
];

describe("validateModel on broken models", () => {
  it("has an expectation for every broken case", () => {
    expect(expectations.map(([name]) => name).toSorted()).toEqual(brokenCases.map((c) => c.name).toSorted());
  });

  it.each(expectations)("%s", (name, expected) => {
    expect(messagesFor(broken(name))).toEqual(expected);
  });

  it("rejects a __proto__ key as unknown and pollutes nothing", () => {
    const json = JSON.stringify(smallModel()).replace('"id":"pbc",', '"id":"pbc","__proto__":{"polluted":true},');
    const result = validateJsonText(json, read);
    expect(result.ok ? [] : result.issues.map((i) => formatIssue(i))).toEqual([
      "nodes[0].__proto__: Unknown key `__proto__`. Fix: Remove it; the keys allowed here are `id`, `label`, `type`, `aliases`, `description`, `excerpts`, `group`, `position`, `weight`.",
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    [
      '{"format": "briefgraph", "version": 1, "nodes": [',
      "The JSON ends before it is complete (2 brackets or strings are still open); the file may be truncated.",
    ],
    [
      '{"title": "unterminated',
      "The JSON ends before it is complete (2 brackets or strings are still open); the file may be truncated.",
    ],
    ["  \n", "The file is empty."],
  ])("explains text that is not JSON: %j", (text, expected) => {
    const result = validateJsonText(text, read);
    expect(result.ok ? [] : result.issues.map((i) => formatIssue(i, "model.json"))).toEqual([
      `model.json: (root): ${expected} Fix: Check the file with a JSON validator; it may be truncated or not a model file at all.`,
    ]);
  });

  it("passes the engine's words on for other syntax errors", () => {
    const result = validateJsonText("{'single': 'quotes'}", read);
    expect(result.ok ? "" : formatIssue(result.issues[0]!)).toMatch(
      /^\(root\): The file is not valid JSON: .+\. Fix: /,
    );
  });
});
