/**
 * Words for JSON that does not parse. Engines word syntax errors differently (Node and Chromium disagree),
 * so the common cases a reader meets, an empty or truncated file, get our own stable wording.
 */

export interface BracketStats {
  /** Brackets (and a string) still open at the end of the text. */
  open: number;
  /** The deepest nesting reached. */
  maxDepth: number;
}

/** Counts bracket nesting outside strings in one pass, without recursion, so hostile depth cannot overflow. */
export function bracketStats(text: string): BracketStats {
  let depth = 0;
  let maxDepth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === "\\") i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === "{" || ch === "[") {
      depth++;
      if (depth > maxDepth) maxDepth = depth;
    } else if (ch === "}" || ch === "]") depth--;
  }
  return { open: inString ? depth + 1 : depth, maxDepth };
}

/** Describes why `text` is not JSON, given the engine's error. */
export function describeJsonError(text: string, engineMessage: string): string {
  if (text.trim() === "") return "The file is empty.";
  const { open } = bracketStats(text);
  if (open > 0)
    return `The JSON ends before it is complete (${open} bracket${open === 1 ? " or string is" : "s or strings are"} still open); the file may be truncated.`;
  return `The file is not valid JSON: ${engineMessage}.`;
}
