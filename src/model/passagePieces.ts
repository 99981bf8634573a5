/**
 * Cuts a very long passage into pieces the reading view can link one at a time. A source whose whole text is
 * one line (a web page or a PDF saved as text) is a single passage: thousands of cited runs in one paragraph,
 * which took a quarter of a second to render and lay out at 5,000 quotes. The view shows the first few pieces
 * and adds a few more per task; those before an open passage show at once, as plain text until they are
 * linked. Pieces end at a sentence where they can.
 */
import type { Segment } from "./textSegments";

/** A piece is due once it holds this many characters or runs; the embedded sources' longest line has 762. */
export const PIECE_LIMITS = { chars: 2_400, segments: 120 };

export interface Piece {
  /** The piece's runs, in order; every run of the passage is in exactly one piece. */
  segments: readonly Segment[];
  /** Offset of its first run in the source text: a stable key. */
  start: number;
  /** Whether it holds part of the open passage ("Show in source"). */
  open: boolean;
}

/** A run of text as plain reading: emphasised or not, no links. */
export interface PlainRun {
  text: string;
  strong: boolean;
}

const SENTENCE_END = /[.!?…]["'’”)\]]*\s*$/;

/**
 * Groups a passage's runs into pieces. A passage within the limits is one piece. Past a limit, a piece ends
 * after the next run that ends a sentence; past twice the limit, after any run.
 */
export function splitIntoPieces(segments: readonly Segment[], limits = PIECE_LIMITS): Piece[] {
  const pieces: Piece[] = [];
  let from = 0;
  let chars = 0;
  const close = (to: number) => {
    const slice = segments.slice(from, to);
    pieces.push({ segments: slice, start: slice[0]!.start, open: slice.some((s) => s.open) });
    from = to;
    chars = 0;
  };
  for (let i = 0; i < segments.length; i++) {
    chars += segments[i]!.text.length;
    const count = i + 1 - from;
    const due = chars >= limits.chars || count >= limits.segments;
    const overdue = chars >= 2 * limits.chars || count >= 2 * limits.segments;
    const last = i === segments.length - 1;
    if (!last && (overdue || (due && SENTENCE_END.test(segments[i]!.text)))) close(i + 1);
  }
  if (from < segments.length) close(segments.length);
  return pieces;
}

/** A piece's text as few runs as its emphasis allows: what shows before its links are built. */
export function plainRuns(segments: readonly Segment[]): PlainRun[] {
  const runs: PlainRun[] = [];
  for (const s of segments) {
    const last = runs.at(-1);
    if (last && last.strong === s.strong) last.text += s.text;
    else runs.push({ text: s.text, strong: s.strong });
  }
  return runs;
}
