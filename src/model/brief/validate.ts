/**
 * The one gate every graph passes before it is shown: JSON → schema → sources → integrity.
 * The embedded model at build time, a curator's file in the CLI and a reader's file in the app all come here.
 */
import { integrityMessages, schemaMessages, type ModelIssue } from "./messages";
import { checkSchema } from "./schemaIssues";
import { describeJsonError } from "../file/jsonSyntax";
import { fileMessages } from "../file/fileMessages";
import { checkIntegrity } from "./integrity";
import { assembleGraph, type ValidGraph } from "./assemble";
import { sha256Hex } from "./sha256";
import type { SourceInfo } from "./schema";
import { errorMessage } from "../file/errorMessage";

export type { ValidGraph } from "./assemble";

export type ValidationResult = { ok: true; graph: ValidGraph } | { ok: false; issues: ModelIssue[] };

/** Returns a source's text: inline `text` or the file the model names; undefined when it cannot be read. */
export type SourceReader = (source: SourceInfo) => string | undefined;

/**
 * Validates a parsed JSON value as a briefgraph model; texts come from inline `text` or `readFile`. Without a
 * reader (a file opened in the browser) a source that names a file cannot be read at all, and is reported so.
 */
export function validateModel(root: unknown, readFile: SourceReader | null = null): ValidationResult {
  const schema = checkSchema(root);
  if (!schema.model) return { ok: false, issues: schema.issues };
  const model = schema.model;
  const texts = new Map<string, string>();
  const issues: ModelIssue[] = [];
  model.sources.forEach((source, i) => {
    if (source.text === undefined && source.file !== undefined && readFile === null) {
      issues.push({ ...fileMessages.sourceFileUnreachable(source.id, source.file), path: ["sources", i, "file"] });
      return;
    }
    const text = source.text ?? (source.file !== undefined && readFile ? readFile(source) : undefined);
    if (text === undefined) {
      issues.push({ ...integrityMessages.sourceMissingText(source.id, source.file), path: ["sources", i] });
      return;
    }
    const digest = sha256Hex(text);
    if (digest !== source.sha256) {
      issues.push({
        ...integrityMessages.sourceChanged(source.id, source.sha256, digest),
        path: ["sources", i, "sha256"],
      });
    }
    texts.set(source.id, text);
  });
  const graph = assembleGraph(model, texts);
  issues.push(...checkIntegrity(model, graph));
  return issues.length > 0 ? { ok: false, issues } : { ok: true, graph };
}

/** Parses JSON text; a syntax error becomes an issue worded the same in every engine where possible. */
export function parseModelJson(json: string): { root: unknown } | { issue: ModelIssue } {
  try {
    return { root: JSON.parse(json) };
  } catch (error) {
    const detail = errorMessage(error);
    return { issue: { ...schemaMessages.notJson(describeJsonError(json, detail)), path: [] } };
  }
}

/** Parses JSON text and validates it; a syntax error becomes an issue like any other. */
export function validateJsonText(json: string, readFile: SourceReader | null = null): ValidationResult {
  const parsed = parseModelJson(json);
  return "issue" in parsed ? { ok: false, issues: [parsed.issue] } : validateModel(parsed.root, readFile);
}
