/**
 * Deliberately broken models, each made from the valid fixture `tests/fixtures/models/small.graph.json`
 * (real quotes from the IPI brief) by one mutation a curator could plausibly make.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { GraphModel } from "../../../../src/model/brief/schema";

export const SMALL_MODEL_PATH = fileURLToPath(new URL("../../../fixtures/models/small.graph.json", import.meta.url));

/** A fresh copy of the valid small model, as parsed JSON. */
export function smallModel(): GraphModel {
  return JSON.parse(readFileSync(SMALL_MODEL_PATH, "utf8")) as GraphModel;
}

type Json = Record<string, unknown>;

export interface BrokenCase {
  name: string;
  /** Mutates a copy of the small model (as loose JSON) into the broken one. */
  mutate: (model: Json & GraphModel) => unknown;
}

export const brokenCases: BrokenCase[] = [
  { name: "dangling edge", mutate: (m) => void (m.edges[0]!.target = "pbf2") },
  { name: "duplicate id", mutate: (m) => void (m.nodes[1]!.id = "pbc") },
  {
    name: "quote not in source",
    mutate: (m) =>
      void (m.nodes[2]!.excerpts[0]!.quote =
        "Integrated reporting to the General Assembly would be a step in the right direction."),
  },
  {
    name: "typographic apostrophe typed as ASCII",
    mutate: (m) =>
      void (m.nodes[3]!.excerpts[0]!.quote =
        "The impending drawdown of peace operations in Liberia, Côte D'Ivoire, and Haiti"),
  },
  { name: "wrong offsets", mutate: (m) => void (m.nodes[0]!.excerpts[0]!.start += 5) },
  { name: "wrong passage", mutate: (m) => void (m.nodes[0]!.excerpts[0]!.passage = "insight 8") },
  { name: "unknown type", mutate: (m) => void ((m.nodes[0] as Json).type = "un_body") },
  { name: "unknown relation", mutate: (m) => void ((m.edges[0] as Json).relation = "coordinate-with") },
  { name: "empty label", mutate: (m) => void (m.nodes[0]!.label = "") },
  { name: "1 MB label", mutate: (m) => void (m.nodes[0]!.label = "x".repeat(1_048_576)) },
  { name: "wrong format version", mutate: (m) => void ((m as Json).version = 2) },
  { name: "wrong format tag", mutate: (m) => void ((m as Json).format = "cytoscape") },
  { name: "missing description", mutate: (m) => void delete (m.nodes[1] as Json).description },
  { name: "no excerpts", mutate: (m) => void (m.edges[1]!.excerpts = []) },
  { name: "unknown source", mutate: (m) => void (m.nodes[1]!.excerpts[0]!.source = "brief2") },
  { name: "orphan node", mutate: (m) => void m.edges.splice(1, 1) },
  { name: "bad id", mutate: (m) => void (m.nodes[3]!.id = "Côte d'Ivoire") },
  { name: "self loop", mutate: (m) => void (m.edges[0]!.target = "pbc") },
  { name: "source text changed", mutate: (m) => void (m.sources[0]!.sha256 = "0".repeat(64)) },
  { name: "null model", mutate: () => null },
];
