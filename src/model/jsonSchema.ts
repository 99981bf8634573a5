/** Builds the JSON Schema that editors use to check model files as curators type. */
import * as z from "zod/mini";
import { modelSchema } from "./schema";
import { NODE_TYPE_INFO, RELATION_INFO } from "./vocabulary";

/** The JSON Schema (draft 2020-12) of the model file, with the vocabularies' descriptions attached. */
export function buildJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(modelSchema, { target: "draft-2020-12", io: "input" }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: "https://briefgraph.invalid/briefgraph.schema.json",
    title: "briefgraph model",
    description:
      "A concept graph of a policy brief. Every node and edge carries verbatim excerpts of the sources. " +
      `Node types: ${Object.entries(NODE_TYPE_INFO)
        .map(([k, v]) => `${k} (${v.description})`)
        .join("; ")}. ` +
      `Relations: ${Object.entries(RELATION_INFO)
        .map(([k, v]) => `${k} (${v.description})`)
        .join("; ")}.`,
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== "$schema")),
  };
}
