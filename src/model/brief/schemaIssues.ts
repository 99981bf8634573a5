/**
 * Checks a parsed JSON value against the schema and turns zod's issues into the catalogue's messages,
 * with the offending value read back from the document so hints can suggest a correction.
 */
import type * as z from "zod/mini";
import { schemaMessages as m, type ModelIssue } from "./messages";
import { valueAt, type JsonPath } from "./jsonPath";
import { closestName } from "./suggest";
import {
  edgeSchema,
  excerptSchema,
  FORMAT_TAG,
  FORMAT_VERSION,
  modelSchema,
  nodeSchema,
  positionSchema,
  sourceSchema,
  type GraphModel,
} from "./schema";

/** Describes a JSON value's kind in words for "expected X, found Y". */
function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return "a string";
  if (typeof value === "number") return Number.isInteger(value) ? "a whole number" : "a number";
  if (typeof value === "object") return "an object";
  return `a ${typeof value}`;
}

const EXPECTED_WORDS: Record<string, string> = {
  string: "a string",
  number: "a number",
  int: "a whole number",
  object: "an object",
  array: "an array",
  boolean: "true or false",
};

/** The keys an object at this path may have, from the schema that governs it. */
function knownKeysAt(path: JsonPath): string[] {
  const names = path.filter((k) => typeof k === "string");
  const last = names[names.length - 1];
  const shapes: Record<string, { shape: object }> = {
    sources: sourceSchema,
    nodes: nodeSchema,
    edges: edgeSchema,
    excerpts: excerptSchema,
    position: positionSchema,
  };
  return Object.keys((last ? shapes[last] : modelSchema)?.shape ?? modelSchema.shape);
}

/** The key a path ends in, for messages: `label`, or `aliases` for `aliases[2]`. */
const keyName = (path: JsonPath) => String(path.findLast((k) => typeof k === "string") ?? "value");
const lengthOf = (value: unknown) => (typeof value === "string" || Array.isArray(value) ? value.length : 0);

/** The word for a too-long/too-short measure, by what is measured. */
const unitOf = (origin: string) => (origin === "string" ? "characters" : "items");

function toIssue(zodIssue: z.core.$ZodIssue, root: unknown): ModelIssue {
  const path = zodIssue.path.filter((k): k is string | number => typeof k !== "symbol");
  const value = valueAt(root, path);
  const at = (body: Omit<ModelIssue, "path">): ModelIssue => ({ ...body, path });
  switch (zodIssue.code) {
    case "invalid_type":
      if (value === undefined) return at(m.missingKey(String(path[path.length - 1])));
      return at(m.wrongType(EXPECTED_WORDS[zodIssue.expected] ?? zodIssue.expected, describeValue(value)));
    case "unrecognized_keys": {
      const key = zodIssue.keys[0] ?? "";
      return { ...m.unknownKey(key, knownKeysAt(path)), path: [...path, key] };
    }
    case "too_small":
      if (zodIssue.origin === "string") return at(m.emptyText(keyName(path)));
      return at(m.tooShortList(Number(zodIssue.minimum)));
    case "too_big":
      return at(m.tooLong(keyName(path), lengthOf(value), Number(zodIssue.maximum), unitOf(zodIssue.origin)));
    case "invalid_format":
      if (zodIssue.format === "date") return at(m.wrongType("a date as YYYY-MM-DD", `"${String(value)}"`));
      if (path[path.length - 1] === "sha256") return at(m.wrongType("64 lowercase hex digits", `"${String(value)}"`));
      return at(m.badId(String(value)));
    case "invalid_value": {
      const allowed = zodIssue.values.map(String);
      const what = String(path[path.length - 1] ?? "value");
      return at(
        m.badValue(value, what === "relation" ? "relation" : what, allowed, closestName(String(value), allowed)),
      );
    }
    default:
      return at(m.wrongType("a valid value", describeValue(value)));
  }
}

/** One issue per reported key, in document order; at most `limit` so a broken 20 MB file stays quick. */
export function checkSchema(root: unknown, limit = 50): { model?: GraphModel; issues: ModelIssue[] } {
  const preflight = checkEnvelope(root);
  if (preflight) return { issues: [preflight] };
  const result = modelSchema.safeParse(root);
  if (result.success) return { model: result.data, issues: [] };
  return { issues: result.error.issues.slice(0, limit).map((issue) => toIssue(issue, root)) };
}

/** The format tag and version decide how to read the rest, so a wrong one is the only thing reported. */
function checkEnvelope(root: unknown): ModelIssue | undefined {
  if (root === null || typeof root !== "object" || Array.isArray(root)) {
    return { ...m.notObject(describeValue(root)), path: [] };
  }
  const format = valueAt(root, ["format"]);
  if (format !== FORMAT_TAG) {
    return format === undefined
      ? { ...m.missingKey("format"), path: ["format"] }
      : { ...m.wrongFormat(format), path: ["format"] };
  }
  const version = valueAt(root, ["version"]);
  if (version !== FORMAT_VERSION) {
    return version === undefined
      ? { ...m.missingKey("version"), path: ["version"] }
      : { ...m.wrongVersion(version, FORMAT_VERSION), path: ["version"] };
  }
  return undefined;
}
