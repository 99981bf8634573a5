// JSON export round trip: over the real embedded model, and over random valid models made by fast-check.
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toModelJson, toRememberedJson } from "../../../../src/model/export/modelJson";
import { sha256Hex } from "../../../../src/model/brief/sha256";
import { validateJsonText, validateModel } from "../../../../src/model/brief/validate";
import { NODE_TYPES, RELATIONS } from "../../../../src/model/brief/vocabulary";
import type { GraphModel } from "../../../../src/model/brief/schema";
import { DEFAULT_MODEL, loadModelFile } from "../../../../scripts/lib/modelFile";

/** Non-blank text of up to `max` graphemes, any script. */
const words = (max: number) =>
  fc.string({ unit: "grapheme", minLength: 1, maxLength: max }).filter((s) => s.trim() !== "");

/** Exports, reopens, and returns the reopened graph (failing the test with the issues if it is invalid). */
function roundTrip(json: string) {
  const result = validateJsonText(json);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join("\n"));
  return result.graph;
}

describe("JSON export", () => {
  it("reopens the embedded model as the identical, valid model", () => {
    const loaded = loadModelFile(DEFAULT_MODEL);
    if (!loaded.ok) throw new Error("embedded model invalid");
    const json = toModelJson(loaded.graph);
    const reopened = roundTrip(json);
    expect(reopened.model.nodes).toEqual(loaded.graph.model.nodes);
    expect(reopened.model.edges).toEqual(loaded.graph.model.edges);
    expect(reopened.texts).toEqual(loaded.graph.texts);
    expect(toModelJson(reopened)).toBe(json);
  });

  it("remembers the same model unindented, and nothing when it is longer than the limit", () => {
    const loaded = loadModelFile(DEFAULT_MODEL);
    if (!loaded.ok) throw new Error("embedded model invalid");
    const remembered = toRememberedJson(loaded.graph)!;
    expect(remembered).not.toContain("\n");
    expect(remembered.length).toBeLessThan(toModelJson(loaded.graph).length * 0.8);
    expect(toModelJson(roundTrip(remembered))).toBe(toModelJson(loaded.graph));
    expect(toRememberedJson(loaded.graph, remembered.length)).toBe(remembered);
    expect(toRememberedJson(loaded.graph, remembered.length - 1)).toBeUndefined();
  });

  const id = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);
  // One line of text: a single paragraph, so every substring is inside one passage.
  const sourceText = fc
    .string({ unit: "grapheme", minLength: 20, maxLength: 300 })
    .map((s) => s.replace(/[\r\n\u2028\u2029\u0085]/g, " "))
    .filter((s) => s.trim().length > 5);

  const validModel = fc
    .record({
      text: sourceText,
      ids: fc.uniqueArray(id, { minLength: 2, maxLength: 12 }),
      seed: fc.array(fc.nat(), { minLength: 40, maxLength: 40 }),
      labels: fc.array(words(40), { minLength: 12, maxLength: 12 }),
    })
    .map(({ text, ids, seed, labels }): GraphModel => {
      const at = (i: number) => seed[i % seed.length]!;
      const trimmed = text.trim();
      const start = text.indexOf(trimmed);
      const excerpt = (i: number) => {
        const a = start + (at(i) % trimmed.length);
        const b = Math.min(start + trimmed.length, a + 1 + (at(i + 1) % 30));
        return { source: "src", quote: text.slice(a, b), start: a, end: b, passage: "paragraph 1" };
      };
      const nodes = ids.map((nodeId, i) => ({
        id: `n-${nodeId}`,
        label: labels[i % labels.length]!,
        type: NODE_TYPES[at(i) % NODE_TYPES.length]!,
        description: labels[(i + 1) % labels.length]!,
        excerpts: [excerpt(i)],
      }));
      // A ring keeps every node connected, so no model is rejected for orphans.
      const edges = nodes.map((n, i) => ({
        id: `e-${i}`,
        source: n.id,
        target: nodes[(i + 1) % nodes.length]!.id,
        relation: RELATIONS[at(i + 2) % RELATIONS.length]!,
        excerpts: [excerpt(i + 3)],
      }));
      const sources = [
        {
          id: "src",
          title: "Random source",
          shortTitle: "Random",
          publisher: "fast-check",
          date: "2026-01-01",
          kind: "other" as const,
          role: "primary" as const,
          text,
          sha256: sha256Hex(text),
        },
      ];
      return {
        format: "briefgraph",
        version: 1,
        title: "Random model",
        sources,
        nodes,
        edges: nodes.length === 2 ? edges.slice(0, 1) : edges,
      };
    })
    // Quotes that start or end on whitespace are still substrings, but a passage is trimmed: keep them inside it.
    .filter((m) => validateModel(m).ok);

  it("round-trips random valid models unchanged", () => {
    fc.assert(
      fc.property(validModel, (model) => {
        const original = validateModel(model);
        if (!original.ok) return false;
        const reopened = roundTrip(toModelJson(original.graph));
        expect(reopened.model).toEqual(original.graph.model);
        return true;
      }),
      { numRuns: 150 },
    );
  });
});
