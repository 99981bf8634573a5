/**
 * Splits a source text into the passages a citation names (headings, paragraphs, bullets) and those into
 * sentences, all as character ranges into the original text so excerpts can be checked against them.
 */

export type PassageKind = "heading" | "paragraph" | "bullet";

export interface TextRange {
  start: number;
  end: number;
}

export interface Passage extends TextRange {
  kind: PassageKind;
  /** 1-based, counted per kind: the third bullet is bullet 3 whatever comes before it. */
  index: number;
  /** How a citation names it: "paragraph 2", "insight 9", "heading 1". */
  name: string;
}

// Markdown-like markers that are layout, not words: "## ", "- ", "**".
const HEADING_MARK = /^#{1,6}\s+/;
const BULLET_MARK = /^[-*]\s+/;

/** Returns the passages of a text in order, their ranges trimmed of markers and surrounding whitespace. */
export function splitPassages(text: string, bulletName = "bullet"): Passage[] {
  const passages: Passage[] = [];
  const counts: Record<PassageKind, number> = { heading: 0, paragraph: 0, bullet: 0 };
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    const passage = lineToPassage(line, lineStart, bulletName, counts);
    if (passage) passages.push(passage);
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return passages;
}

function lineToPassage(
  line: string,
  offset: number,
  bulletName: string,
  counts: Record<PassageKind, number>,
): Passage | undefined {
  if (line.trim() === "") return undefined;
  const heading = HEADING_MARK.exec(line);
  const bullet = heading ? null : BULLET_MARK.exec(line);
  const kind: PassageKind = heading ? "heading" : bullet ? "bullet" : "paragraph";
  const markLength = (heading ?? bullet)?.[0].length ?? 0;
  const range = trimRange(line, markLength, line.length);
  counts[kind] += 1;
  const word = kind === "bullet" ? bulletName : kind;
  return {
    kind,
    index: counts[kind],
    name: `${word} ${counts[kind]}`,
    start: offset + range.start,
    end: offset + range.end,
  };
}

/** Narrows [start, end) of a line past whitespace and bold markers. */
function trimRange(line: string, start: number, end: number): TextRange {
  let s = start;
  let e = end;
  while (s < e && /[\s*]/.test(line[s] ?? "")) s++;
  while (e > s && /[\s*]/.test(line[e - 1] ?? "")) e--;
  return { start: s, end: e };
}

// A sentence ends at . ! or ? followed by whitespace and a capital or an opening quote.
const SENTENCE_BREAK = /[.!?]["”’)]?\s+(?=["“‘(]?[A-Z\u00C0-\u024F])/g;

/** Splits a passage into sentence ranges; a heading is one sentence. */
export function splitSentences(text: string, passage: Passage): TextRange[] {
  if (passage.kind === "heading") return [{ start: passage.start, end: passage.end }];
  const body = text.slice(passage.start, passage.end);
  const ranges: TextRange[] = [];
  let start = 0;
  for (const match of body.matchAll(SENTENCE_BREAK)) {
    const end = match.index + match[0].trimEnd().length;
    ranges.push({ start: passage.start + start, end: passage.start + end });
    start = match.index + match[0].length;
  }
  ranges.push({ start: passage.start + start, end: passage.end });
  return ranges;
}

/** Finds the passage that contains the range, if it lies within one. */
export function passageAt(passages: readonly Passage[], range: TextRange): Passage | undefined {
  return passages.find((p) => range.start >= p.start && range.end <= p.end);
}
