/** Reading and writing model files from Node scripts: the sources are resolved next to the model file. */
import { readFileSync, writeFileSync } from "node:fs";
import * as prettier from "prettier";
import { dirname, relative, resolve } from "node:path";
import { validateJsonText, type ValidationResult } from "../../src/model/brief/validate";
import { formatIssue } from "../../src/model/brief/messages";
import type { SourceInfo } from "../../src/model/brief/schema";

export const DEFAULT_MODEL = "graph-data/brief.graph.json";

/** Returns a reader that loads a source's `file` relative to the model file, strictly as UTF-8. */
export function fileReader(modelPath: string): (source: SourceInfo) => string | undefined {
  return (source) => {
    try {
      const bytes = readFileSync(resolve(dirname(modelPath), source.file ?? ""));
      return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      return undefined;
    }
  };
}

/** Reads and validates a model file from disk. */
export function loadModelFile(modelPath: string): ValidationResult {
  return validateJsonText(readFileSync(modelPath, "utf8"), fileReader(modelPath));
}

/** Prints each issue as `file: path: message Fix: …` to stderr. */
export function reportIssues(modelPath: string, result: ValidationResult): void {
  if (result.ok) return;
  const shown = relative(process.cwd(), resolve(modelPath));
  for (const issue of result.issues) console.error(formatIssue(issue, shown));
  console.error(`\n${result.issues.length} problem${result.issues.length === 1 ? "" : "s"} in ${shown}.`);
}

/** Writes JSON formatted by the project's Prettier config, so a script's output passes `npm run lint` unchanged. */
export async function writeJson(path: string, value: unknown): Promise<void> {
  const options = (await prettier.resolveConfig(path)) ?? {};
  writeFileSync(path, await prettier.format(JSON.stringify(value), { ...options, filepath: path }));
}
