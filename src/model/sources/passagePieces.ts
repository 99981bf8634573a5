/**
 * Cuts a very long passage into pieces the reading view can link one at a time. A source whose whole text is
 * one line (a web page or a PDF saved as text) is a single passage: thousands of cited runs in one paragraph,
 * which took a quarter of a second to render and lay out at 5,000 quotes. The view shows the first few pieces
 * and adds a few more per task; those before an open passage show at once, as plain text until they are
 * linked. Pieces end at a sentence where they can.
 *
 * Each piece is a block, so it starts on a new line: a break the source does not have. Only a passage that
 * needs it is cut, and into large pieces. In Chromium here a paragraph of 100,000 characters with 240 links
 * lays out in ~13 ms (380,000 with 480 links: ~84 ms), and 120 runs render in ~3 ms; so a passage of up to
 * 240 runs and 60,000 characters stays whole, and a piece holds up to 120 runs or 12,000 characters. A web
 * page saved as one line with a few dozen quotes shows as the one paragraph it is.
 */
import type { Segment } from "./textSegments";

export interface PieceLimits {
  /** A piece is due once it holds this many characters or runs. */
  chars: number;
  segments: number;
  /** A passage within these stays one piece (without them: within the piece limits). */
  whole?: { chars: number; segments: number };
}

/** The embedded sources' longest line has 762 characters. */
const PIECE_LIMITS: PieceLimits = { chars: 12_000, segments: 120, whole: { chars: 60_000, segments: 240 } };

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
 * Groups a passage's runs into pieces. A passage within the limits for a whole one is one piece. Otherwise,
 * past a piece limit, a piece ends after the next run that ends a sentence; past twice the limit, after any run.
 */
export function splitIntoPieces(segments: readonly Segment[], limits: PieceLimits = PIECE_LIMITS): Piece[] {
  const whole = limits.whole;
  if (whole && segments.length > 0 && segments.length <= whole.segments) {
    const chars = segments.reduce((sum, segment) => sum + segment.text.length, 0);
    if (chars <= whole.chars)
      return [{ segments, start: segments[0]!.start, open: segments.some((segment) => segment.open) }];
  }
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
