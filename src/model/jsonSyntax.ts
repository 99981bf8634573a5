/**
 * Words for JSON that does not parse. Engines word syntax errors differently (Node and Chromium disagree),
 * so the common cases a reader meets, an empty or truncated file, get our own stable wording.
 */

/** How many brackets are still open at the end of `text`, ignoring those inside strings; scans once, no recursion. */
export function openBrackets(text: string): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === "\\") i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === "{" || ch === "[") depth++;
    else if (ch === "}" || ch === "]") depth--;
  }
  return inString ? depth + 1 : depth;
}

/** Describes why `text` is not JSON, given the engine's error. */
export function describeJsonError(text: string, engineMessage: string): string {
  if (text.trim() === "") return "The file is empty.";
  const open = openBrackets(text);
  if (open > 0)
    return `The JSON ends before it is complete (${open} bracket${open === 1 ? " or string is" : "s or strings are"} still open); the file may be truncated.`;
  return `The file is not valid JSON: ${engineMessage}.`;
}
