/** Builds the JSON Schema that editors use to check model files as curators type. */
import * as z from "zod/mini";
import { modelSchema } from "./schema";
import { NODE_TYPE_INFO, RELATION_INFO, type VocabularyEntry } from "./vocabulary";

type JsonObject = Record<string, unknown>;

/** Replaces a plain enum with one `const` per value, so editors show each value's meaning as curators pick it. */
function describedEnum(info: Record<string, VocabularyEntry>, description: string): JsonObject {
  return {
    description,
    oneOf: Object.entries(info).map(([value, entry]) => ({
      const: value,
      title: entry.label,
      description: entry.description,
    })),
  };
}

/** The JSON Schema (draft 2020-12) of the model file, generated from the zod schema. */
export function buildJsonSchema(): JsonObject {
  const schema = z.toJSONSchema(modelSchema, { target: "draft-2020-12", io: "input" }) as JsonObject;
  const properties = schema.properties as Record<string, { items: { properties: JsonObject } }>;
  properties.nodes!.items.properties.type = describedEnum(NODE_TYPE_INFO, "What kind of thing the node is.");
  properties.edges!.items.properties.relation = describedEnum(
    RELATION_INFO,
    "How the source node relates to the target.",
  );
  const { $schema, ...rest } = schema;
  return {
    $schema,
    $id: "briefgraph.schema.json",
    title: "briefgraph model",
    description: "A concept graph of a policy brief; every node and edge carries verbatim excerpts of its sources.",
    ...rest,
  };
}
