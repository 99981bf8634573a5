/**
 * Opening a model file that came from anywhere: bytes → text → JSON → model, with a limit and a message at
 * every step, so a hostile or broken file yields a clear error with a path and never a crash or a hang.
 */
import { fileMessages } from "./fileMessages";
import { FILE_LIMITS, type FileLimits } from "./fileLimits";
import { bracketStats } from "./jsonSyntax";
import type { ModelIssue } from "../brief/messages";
import { firstInvalidUtf8 } from "./utf8";
export { FILE_LIMITS, type FileLimits } from "./fileLimits";
import { parseModelJson, validateModel, type SourceReader, type ValidationResult } from "../brief/validate";

/** Downloading a linked model (`fetching`, in bytes) and its source files (`sources`, in files), then the rest. */
export type LoadStage = "fetching" | "sources" | "reading" | "validating" | "layout";

/** How far opening a model has got, as the progress bar shows it. */
export interface LoadProgress {
  stage: LoadStage;
  /**
   * How far the stage has got, in its own unit: bytes downloaded, source files fetched, nodes placed. Absent
   * when the stage cannot say; `total` is absent alone when a server did not give a download's length.
   */
  done?: number;
  total?: number;
}

/** A validation result plus remarks that did not stop the file from opening. */
export type LoadResult = ValidationResult & { warnings: string[] };

const fail = (issue: Omit<ModelIssue, "path">, path: ModelIssue["path"] = []): LoadResult => ({
  ok: false,
  issues: [{ ...issue, path }],
  warnings: [],
});

/** Decodes a file's bytes strictly as UTF-8, or says why it cannot be read as text. */
function decodeModelBytes(
  bytes: Uint8Array,
  limits: FileLimits = FILE_LIMITS,
): { text: string; warnings: string[] } | { issue: Omit<ModelIssue, "path"> } {
  if (bytes.length > limits.maxBytes) return { issue: fileMessages.tooLarge(bytes.length, limits.maxBytes) };
  if (bytes.length === 0) return { issue: fileMessages.empty() };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return { issue: fileMessages.utf16() };
  const warnings: string[] = [];
  let body = bytes;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    body = bytes.subarray(3);
    warnings.push("The file starts with a byte-order mark; it was ignored.");
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(body), warnings };
  } catch {
    const offset = firstInvalidUtf8(body) + (body === bytes ? 0 : 3);
    return { issue: fileMessages.notUtf8(Math.max(0, offset)) };
  }
}

/** Checks what can be checked before parsing: blank, not JSON at all, nested too deep. */
function checkText(text: string, limits: FileLimits): Omit<ModelIssue, "path"> | undefined {
  const start = text.trimStart();
  if (start === "") return fileMessages.empty();
  if (start[0] !== "{" && start[0] !== "[") {
    // Show the start as plain, single-line text: it may be HTML or binary.
    return fileMessages.notJsonAtAll(
      start
        .slice(0, 24)
        .replace(/\s+/g, " ")
        .replace(/[^\x20-\x7e\u00a0-\uffff]/g, "?"),
    );
  }
  const { maxDepth } = bracketStats(text);
  return maxDepth > limits.maxDepth ? fileMessages.tooDeep(maxDepth, limits.maxDepth) : undefined;
}

/** Counts nodes and edges before the schema walks them, so an oversized model is refused cheaply. */
function checkCounts(root: unknown, limits: FileLimits): LoadResult | undefined {
  if (root === null || typeof root !== "object") return undefined;
  for (const [key, max] of [
    ["nodes", limits.maxNodes],
    ["edges", limits.maxEdges],
  ] as const) {
    const list = Object.prototype.hasOwnProperty.call(root, key) ? (root as Record<string, unknown>)[key] : undefined;
    if (Array.isArray(list) && list.length > max) return fail(fileMessages.tooMany(key, list.length, max), [key]);
  }
  return undefined;
}

/** Opens a model file's bytes; `readSource` reads sources the model names by file, when that is possible. */
export function loadModelBytes(
  bytes: Uint8Array,
  readSource: SourceReader | null = null,
  limits: FileLimits = FILE_LIMITS,
): LoadResult {
  const decoded = decodeModelBytes(bytes, limits);
  if ("issue" in decoded) return fail(decoded.issue);
  const problem = checkText(decoded.text, limits);
  if (problem) return fail(problem);
  const parsed = parseModelJson(decoded.text);
  if ("issue" in parsed) return { ok: false, issues: [parsed.issue], warnings: [] };
  const tooMany = checkCounts(parsed.root, limits);
  if (tooMany) return tooMany;
  return { ...validateModel(parsed.root, readSource), warnings: decoded.warnings };
}
