/**
 * The catalogue of everything the validator can say. Each message says what is wrong and where; its `fix`
 * says how to mend it. Keeping them in one place keeps the wording consistent across CLI, tests and the app.
 */
import { formatPath, preview, type JsonPath } from "./jsonPath";

export type IssueCode =
  | "file-too-large"
  | "file-empty"
  | "not-utf8"
  | "utf16"
  | "too-deep"
  | "too-many"
  | "link-refused"
  | "link-silent"
  | "link-too-large"
  | "too-many-sources"
  | "open-crashed"
  | "not-json"
  | "not-object"
  | "wrong-format"
  | "wrong-version"
  | "missing-key"
  | "wrong-type"
  | "unknown-key"
  | "empty-text"
  | "too-long"
  | "too-short-list"
  | "bad-id"
  | "bad-value"
  | "duplicate-id"
  | "dangling-edge"
  | "self-loop"
  | "unknown-group"
  | "unknown-source"
  | "source-missing-text"
  | "source-file-unreachable"
  | "source-changed"
  | "bad-offsets"
  | "offsets-moved"
  | "quote-not-found"
  | "quote-typography"
  | "crosses-passages"
  | "wrong-passage"
  | "orphan-node";

export interface ModelIssue {
  code: IssueCode;
  path: JsonPath;
  message: string;
  fix: string;
}

/** Renders an issue as one line for a terminal or an alert: `file: path: message Fix: …`. */
export function formatIssue(issue: ModelIssue, file?: string): string {
  const where = file ? `${file}: ${formatPath(issue.path)}` : formatPath(issue.path);
  return `${where}: ${issue.message} Fix: ${issue.fix}`;
}

const code = (value: string) => `\`${preview(value, 60)}\``;
const didYouMean = (suggestion: string | undefined) => (suggestion ? `; did you mean ${code(suggestion)}?` : ".");

/** Messages for schema-level problems. */
export const schemaMessages = {
  notJson: (description: string): Omit<ModelIssue, "path"> => ({
    code: "not-json",
    message: preview(description, 200),
    fix: "Check the file with a JSON validator; it may be truncated or not a model file at all.",
  }),
  notObject: (actual: string): Omit<ModelIssue, "path"> => ({
    code: "not-object",
    message: `The model must be a JSON object, but this file holds ${actual}.`,
    fix: 'Start from a model file such as graph-data/brief.graph.json: { "format": "briefgraph", "version": 1, ... }.',
  }),
  wrongFormat: (actual: unknown): Omit<ModelIssue, "path"> => ({
    code: "wrong-format",
    message: `The format tag is ${code(String(actual))}, not \`briefgraph\`: this is not a briefgraph model.`,
    fix: 'Set "format": "briefgraph" if this file really is a briefgraph model.',
  }),
  wrongVersion: (actual: unknown, supported: number): Omit<ModelIssue, "path"> => ({
    code: "wrong-version",
    message: `This file is format version ${preview(actual, 20)}; this build of briefgraph reads version ${supported}.`,
    fix: `Convert the file to version ${supported}, or open it with a briefgraph that reads its version.`,
  }),
  missingKey: (key: string): Omit<ModelIssue, "path"> => ({
    code: "missing-key",
    message: `Required key \`${key}\` is missing.`,
    fix: `Add \`${key}\` (see graph-data/briefgraph.schema.json for what it holds).`,
  }),
  wrongType: (expected: string, actual: string): Omit<ModelIssue, "path"> => ({
    code: "wrong-type",
    message: `Expected ${expected}, found ${actual}.`,
    fix: `Replace the value with ${expected}.`,
  }),
  unknownKey: (key: string, known: readonly string[]): Omit<ModelIssue, "path"> => ({
    code: "unknown-key",
    message: `Unknown key ${code(key)}.`,
    fix: `Remove it; the keys allowed here are ${known.map((k) => `\`${k}\``).join(", ")}.`,
  }),
  emptyText: (key: string): Omit<ModelIssue, "path"> => ({
    code: "empty-text",
    message: `\`${key}\` is empty.`,
    fix:
      key === "label"
        ? "Give the node a short label in the sources' own words."
        : `Write the ${key}, or remove the key if it is optional.`,
  }),
  tooLong: (key: string, length: number, max: number, unit: string): Omit<ModelIssue, "path"> => ({
    code: "too-long",
    message: `\`${key}\` is ${length} ${unit} long; at most ${max} are allowed.`,
    fix:
      key === "label"
        ? "Shorten it to a few of the sources' own words; details go in `description`."
        : `Shorten it to at most ${max} ${unit}.`,
  }),
  tooShortList: (min: number): Omit<ModelIssue, "path"> => ({
    code: "too-short-list",
    message: `This list is empty; it needs at least ${min} item${min === 1 ? "" : "s"}.`,
    fix: "Every node and edge needs at least one verbatim excerpt from a source: add one.",
  }),
  badId: (value: string): Omit<ModelIssue, "path"> => ({
    code: "bad-id",
    message: `${code(value)} is not a valid id.`,
    fix: "Use lowercase letters, digits and single hyphens, at most 64 characters (e.g. `peacebuilding-commission`).",
  }),
  badValue: (
    value: unknown,
    what: string,
    allowed: readonly string[],
    suggestion?: string,
  ): Omit<ModelIssue, "path"> => ({
    code: "bad-value",
    message: `${code(String(value))} is not a known ${what}${didYouMean(suggestion)}`,
    fix: `Use one of: ${allowed.join(", ")}.`,
  }),
};

/** Messages for integrity problems: references, excerpts, sources. */
export const integrityMessages = {
  duplicateId: (id: string, firstPath: JsonPath): Omit<ModelIssue, "path"> => ({
    code: "duplicate-id",
    message: `Id ${code(id)} is already used at ${formatPath(firstPath)}; ids must be unique across nodes and edges.`,
    fix: "Rename one of them (and the edges that point to it).",
  }),
  danglingEdge: (edgeId: string, end: "source" | "target", missing: string, suggestion?: string) => ({
    code: "dangling-edge" as const,
    message: `Edge ${code(edgeId)} ${end === "source" ? "starts at" : "targets"} ${code(missing)}, which is not a node id${didYouMean(suggestion)}`,
    fix: `Point \`${end}\` at an existing node id, or add a node with id ${code(missing)}.`,
  }),
  selfLoop: (edgeId: string, nodeId: string) => ({
    code: "self-loop" as const,
    message: `Edge ${code(edgeId)} connects ${code(nodeId)} to itself.`,
    fix: "Connect two different nodes, or remove the edge.",
  }),
  unknownGroup: (nodeId: string, group: string, suggestion?: string) => ({
    code: "unknown-group" as const,
    message: `Node ${code(nodeId)} is grouped under ${code(group)}, which is not a node id${didYouMean(suggestion)}`,
    fix: "Set `group` to the id of an existing node, or remove it.",
  }),
  unknownSource: (sourceId: string, suggestion?: string) => ({
    code: "unknown-source" as const,
    message: `Excerpt names source ${code(sourceId)}, which is not in \`sources\`${didYouMean(suggestion)}`,
    fix: "Use the id of one of the model's sources.",
  }),
  sourceMissingText: (sourceId: string, file?: string) => ({
    code: "source-missing-text" as const,
    message: file
      ? `The text of source ${code(sourceId)} could not be read from ${code(file)}.`
      : `Source ${code(sourceId)} has neither \`file\` nor \`text\`.`,
    fix: file
      ? "Check that the file exists next to the model file."
      : "Give the source's text inline in `text`, or a `file` path.",
  }),
  sourceChanged: (sourceId: string, expected: string, actual: string) => ({
    code: "source-changed" as const,
    message: `The text of source ${code(sourceId)} has changed: its sha256 is ${actual.slice(0, 12)}…, the model was anchored to ${expected.slice(0, 12)}….`,
    fix: "Restore the source's original bytes; sources are kept byte for byte, so excerpts stay verbatim.",
  }),
  badOffsets: (start: number, end: number, length: number) => ({
    code: "bad-offsets" as const,
    message: `Offsets ${start}–${end} do not fit a source of ${length} characters.`,
    fix: "Run `npm run offsets` to recompute offsets from the quote.",
  }),
  offsetsMoved: (sourceId: string, start: number, end: number, found: number, length: number) => ({
    code: "offsets-moved" as const,
    message: `The quote is in ${code(sourceId)}, but at ${found}–${found + length}, not at ${start}–${end}.`,
    fix: "Run `npm run offsets` to repair the offsets.",
  }),
  quoteNotFound: (sourceId: string, closest: string | undefined) => ({
    code: "quote-not-found" as const,
    message: `The quote is not in ${code(sourceId)}${closest ? `; closest passage: "${preview(closest, 160)}"` : "."}`,
    fix: "Copy the words exactly from the source, typographic quotes (’ “ ”) and dashes included.",
  }),
  quoteTypography: (sourceId: string, exact: string) => ({
    code: "quote-typography" as const,
    message: `The quote matches ${code(sourceId)} only when quotes, dashes, accents, case or spacing are ignored; the source reads: "${preview(exact, 160)}"`,
    fix: "Use the source's exact characters (npm run offsets replaces the quote with them).",
  }),
  crossesPassages: (from: string, to: string) => ({
    code: "crosses-passages" as const,
    message: `The quote runs from ${from} into ${to}.`,
    fix: "Split it into one excerpt per passage, so each citation names one place in the source.",
  }),
  wrongPassage: (stated: string, actual: string) => ({
    code: "wrong-passage" as const,
    message: `The excerpt says it is in ${code(stated)}, but its quote is in ${actual}.`,
    fix: `Set \`passage\` to "${actual}" (npm run offsets does this for you).`,
  }),
  orphanNode: (nodeId: string) => ({
    code: "orphan-node" as const,
    message: `Node ${code(nodeId)} has no edges.`,
    fix: "Connect it to the nodes the sources relate it to, or remove it.",
  }),
};
