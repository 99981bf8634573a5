// Files from anywhere, opened as the browser opens them (bytes, no file access): each broken or hostile case
// gets its own exact message. The base model is the small fixture made self-contained (texts inline).
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatIssue } from "../../../../src/model/brief/messages";
import { FILE_LIMITS, loadModelBytes } from "../../../../src/model/file/loadFile";
import { toModelJson } from "../../../../src/model/export/modelJson";
import { validateModel } from "../../../../src/model/brief/validate";
import { fileReader } from "../../../../scripts/lib/modelFile";
import { smallModel, SMALL_MODEL_PATH } from "../brief/brokenModels";

const valid = validateModel(smallModel(), fileReader(SMALL_MODEL_PATH));
if (!valid.ok) throw new Error("small fixture invalid");
const goodJson = toModelJson(valid.graph);
const encode = (text: string) => new TextEncoder().encode(text);
const bytesOf = (...parts: Array<number[] | string>) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...encode(p)] : p)));

/** What the reader is told, one line per problem. */
function messages(bytes: Uint8Array, limits = FILE_LIMITS): string[] {
  const result = loadModelBytes(bytes, null, limits);
  return result.ok ? [] : result.issues.map((issue) => formatIssue(issue));
}

const withLabel = (label: string) =>
  goodJson.replace('"label": "Peacebuilding Commission"', `"label": ${JSON.stringify(label)}`);

describe("hostile and broken files", () => {
  it.each<[string, Uint8Array, string[]]>([
    [
      "an empty file",
      new Uint8Array(),
      ["(root): The file is empty. Fix: Choose a briefgraph model file (.json); Export → JSON writes one."],
    ],
    [
      "only whitespace",
      encode(" \n\t "),
      ["(root): The file is empty. Fix: Choose a briefgraph model file (.json); Export → JSON writes one."],
    ],
    [
      "null",
      encode("null"),
      [
        "(root): This is not a JSON file: it begins with “null”. Fix: Choose a briefgraph model file (.json); Export → JSON writes one.",
      ],
    ],
    [
      "an HTML page",
      encode("<!DOCTYPE html><html><body>Not found</body></html>"),
      [
        "(root): This is not a JSON file: it begins with “<!DOCTYPE html><html><bo”. Fix: Choose a briefgraph model file (.json); Export → JSON writes one.",
      ],
    ],
    [
      "a PNG",
      bytesOf([0x89], "PNG\r\n", [0x1a, 0x0a, 0, 0]),
      [
        "(root): The file is not valid UTF-8: the byte at offset 0 cannot start or continue a character. Fix: Save the file as UTF-8 in your editor.",
      ],
    ],
    [
      "Latin-1 text",
      bytesOf('{"title": "C', [0xf4], 'te"}'),
      [
        "(root): The file is not valid UTF-8: the byte at offset 13 cannot start or continue a character. Fix: Save the file as UTF-8 in your editor.",
      ],
    ],
    [
      "UTF-16",
      bytesOf([0xff, 0xfe], "{\u0000"),
      ["(root): The file is encoded as UTF-16; briefgraph reads UTF-8. Fix: Save the file as UTF-8 in your editor."],
    ],
    [
      "truncated JSON",
      encode(goodJson.slice(0, 500)),
      [
        "(root): The JSON ends before it is complete (4 brackets or strings are still open); the file may be truncated. Fix: Check the file with a JSON validator; it may be truncated or not a model file at all.",
      ],
    ],
    [
      "an array",
      encode("[1, 2]"),
      [
        '(root): The model must be a JSON object, but this file holds an array. Fix: Start from a model file such as graph-data/brief.graph.json: { "format": "briefgraph", "version": 1, ... }.',
      ],
    ],
    [
      "deep nesting",
      encode(`{"a": ${"[".repeat(100_000)}${"]".repeat(100_000)}}`),
      [
        "(root): The JSON nests 100001 levels deep; a model needs at most 16. Fix: This is not a briefgraph model, or it has been damaged; check the file.",
      ],
    ],
    [
      // At the limit plus one and at ten times it: a limit raised a thousandfold would still refuse 100,001.
      "nesting one level past the limit",
      encode(`{"a": ${"[".repeat(FILE_LIMITS.maxDepth)}${"]".repeat(FILE_LIMITS.maxDepth)}}`),
      [
        "(root): The JSON nests 17 levels deep; a model needs at most 16. Fix: This is not a briefgraph model, or it has been damaged; check the file.",
      ],
    ],
    [
      "nesting ten times the limit",
      encode(`{"a": ${"[".repeat(10 * FILE_LIMITS.maxDepth - 1)}${"]".repeat(10 * FILE_LIMITS.maxDepth - 1)}}`),
      [
        "(root): The JSON nests 160 levels deep; a model needs at most 16. Fix: This is not a briefgraph model, or it has been damaged; check the file.",
      ],
    ],
    [
      "a file over the size limit",
      new Uint8Array(FILE_LIMITS.maxBytes + 1),
      [
        "(root): The file is 25.0 MB; briefgraph opens model files of up to 25.0 MB. Fix: Split the model, or remove what it does not need (positions are recomputed if missing).",
      ],
    ],
    [
      "a source that names a file",
      encode(
        JSON.stringify({
          ...JSON.parse(goodJson),
          sources: [{ ...JSON.parse(goodJson).sources[0], text: undefined, file: "brief.txt" }],
        }),
      ),
      [
        "sources[0].file: Source `brief` names the file `brief.txt`, which a model opened in the browser cannot read. Fix: Put the source's text in the model under `text` (Export → JSON does this), or open the model by link (?graph=).",
      ],
    ],
  ])("%s", (_name, bytes, expected) => {
    expect(messages(bytes)).toEqual(expected);
  });

  it("refuses more nodes than the limit before checking any of them", () => {
    const many = JSON.stringify({ ...JSON.parse(goodJson), nodes: Array.from({ length: 11 }, () => ({})) });
    expect(messages(encode(many), { ...FILE_LIMITS, maxNodes: 10 })).toEqual([
      "nodes: The model has 11 nodes; briefgraph opens models of up to 10. Fix: Split the model into parts of at most 10 nodes.",
    ]);
  });

  it("opens a file with a UTF-8 byte-order mark, and says it ignored it", () => {
    const result = loadModelBytes(bytesOf([0xef, 0xbb, 0xbf], goodJson));
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual(["The file starts with a byte-order mark; it was ignored."]);
  });

  it("keeps a script-bearing label as plain text in the model", () => {
    const result = loadModelBytes(encode(withLabel("<script>alert(1)</script>")));
    expect(result.ok && result.graph.model.nodes[0]!.label).toBe("<script>alert(1)</script>");
  });

  it("lets `__proto__` and `constructor` keys pollute nothing", () => {
    const hostile = goodJson.replace(
      '"format": "briefgraph",',
      '"format": "briefgraph", "__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}},',
    );
    expect(messages(encode(hostile))).toEqual([
      "__proto__: Unknown key `__proto__`. Fix: Remove it; the keys allowed here are `$schema`, `format`, `version`, `title`, `description`, `sources`, `nodes`, `edges`.",
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

/** One random edit to the model's JSON text, of the kinds files suffer in the wild. */
const mutation = fc.oneof(
  fc.nat().map((at) => (text: string) => text.slice(0, at % text.length)),
  fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })).map(([at, byte]) => (text: string) => {
    const bytes = encode(text);
    bytes[at % bytes.length] = byte;
    return new TextDecoder().decode(bytes);
  }),
  fc.tuple(fc.nat(), fc.string({ maxLength: 8 })).map(
    ([at, junk]) =>
      (text: string) =>
        text.slice(0, at % text.length) + junk + text.slice(at % text.length),
  ),
  fc.tuple(fc.nat(), fc.jsonValue({ maxDepth: 3 })).map(([at, value]) => (text: string) => {
    // Replace the value after the n-th colon with a random JSON value.
    const colons = [...text.matchAll(/": /g)].map((m) => m.index! + 3);
    const start = colons[at % colons.length]!;
    const end = text.indexOf("\n", start);
    return `${text.slice(0, start)}${JSON.stringify(value)}${text[end - 1] === "," ? "," : ""}${text.slice(end)}`;
  }),
);

describe("mutated models", () => {
  it("never crash the loader: they open, or fail with messages that each name a path", () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (edits) => {
        const text = edits.reduce((t, edit) => edit(t), goodJson);
        const result = loadModelBytes(encode(text));
        if (result.ok) return;
        expect(result.issues.length).toBeGreaterThan(0);
        for (const issue of result.issues) {
          expect(Array.isArray(issue.path)).toBe(true);
          expect(issue.message.length).toBeGreaterThan(0);
          expect(issue.fix.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 400 },
    );
  });
});
