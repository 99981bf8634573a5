// Long passages in pieces: where they break, and that no run is lost or repeated.
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { plainRuns, splitIntoPieces } from "../../../../src/model/sources/passagePieces";
import type { Segment } from "../../../../src/model/sources/textSegments";

/** Runs laid end to end from `texts`, the odd ones cited. */
function runs(texts: readonly string[], strong: (i: number) => boolean = () => false): Segment[] {
  let at = 0;
  return texts.map((text, i) => {
    const start = at;
    at += text.length;
    return { start, end: at, text, strong: strong(i), refs: i % 2 ? [`node:n${i}`] : [], open: false };
  });
}

const limits = { chars: 40, segments: 6 };
const texts = (pieces: ReturnType<typeof splitIntoPieces>) => pieces.map((p) => p.segments.map((s) => s.text).join(""));

describe("splitIntoPieces", () => {
  it("keeps a passage within the limits whole", () => {
    const segments = runs(["One ", "two.", " Three ", "four."]);
    expect(splitIntoPieces(segments, limits)).toEqual([{ segments, start: 0, open: false }]);
  });

  it("keeps a passage within the limits for a whole one whole, and cuts one past them", () => {
    const withWhole = { ...limits, whole: { chars: 100, segments: 10 } };
    // 80 characters in 8 runs: past the piece limits, within the whole ones.
    const segments = runs(Array.from({ length: 8 }, (_, i) => `Sent ${i}..`.padEnd(10, " ")));
    expect(splitIntoPieces(segments, withWhole)).toEqual([{ segments, start: 0, open: false }]);
    // One run more than a whole passage may have: cut into pieces as without them.
    const longer = runs(Array.from({ length: 11 }, (_, i) => `S${i}.`));
    expect(splitIntoPieces(longer, withWhole)).toEqual(splitIntoPieces(longer, limits));
    expect(splitIntoPieces(longer, withWhole).length).toBeGreaterThan(1);
  });

  it("keeps a web page saved as one line, with a few dozen quotes, one paragraph by default", () => {
    // 30 quotes, each followed by ~770 characters of text that quotes nothing: 23,000 characters in 60 runs.
    const gap = " Text that nobody quotes, and which keeps the line going for a while.".repeat(11);
    const segments = runs(Array.from({ length: 30 }, (_, i) => [`Item ${i} is discussed.`, gap]).flat());
    expect(splitIntoPieces(segments)).toHaveLength(1);
    // Ten times as many quotes: cut, in pieces of at most 120 runs.
    const many = runs(Array.from({ length: 300 }, (_, i) => [`Item ${i} is discussed.`, gap]).flat());
    expect(splitIntoPieces(many).map((p) => p.segments.length <= 2 * 120)).not.toContain(false);
    expect(splitIntoPieces(many).length).toBeGreaterThan(5);
  });

  it("ends a piece at the first sentence end past a limit", () => {
    const segments = runs(["Aaaa aaaa aaaa aaaa aaaa aaaa aaaa", " and more", " words.", " Next sentence.", " Last."]);
    expect(texts(splitIntoPieces(segments, limits))).toEqual([
      "Aaaa aaaa aaaa aaaa aaaa aaaa aaaa and more words.",
      " Next sentence. Last.",
    ]);
  });

  it("counts runs as well as characters", () => {
    const segments = runs(["A.", " ", "B.", " ", "C.", " ", "D.", " ", "E."]);
    // Due at the sixth run (" "), which ends no sentence; the seventh ("D.") does.
    expect(texts(splitIntoPieces(segments, limits))).toEqual(["A. B. C. D.", " E."]);
  });

  it("breaks anywhere past twice a limit when no sentence ends", () => {
    const segments = runs(Array.from({ length: 15 }, (_, i) => `w${i} `));
    expect(splitIntoPieces(segments, limits).map((p) => p.segments.length)).toEqual([12, 3]);
  });

  it("marks the pieces holding the open passage, and keys each by its first run", () => {
    // Runs "s0. " to "s15. ": six to a piece, the open one (s9) in the second, which starts at offset 6 × 4.
    const segments = runs(Array.from({ length: 16 }, (_, i) => `s${i}. `)).map((s, i) => ({ ...s, open: i === 9 }));
    const pieces = splitIntoPieces(segments, limits);
    expect(pieces.map((p) => [p.start, p.open])).toEqual([
      [0, false],
      [24, true],
      [50, false],
    ]);
  });

  it("puts every run in exactly one piece, in order, within twice the limits", () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z .!?]{1,30}$/), { maxLength: 80 }), (words) => {
        const segments = runs(words);
        const pieces = splitIntoPieces(segments, limits);
        expect(pieces.flatMap((p) => p.segments)).toEqual(segments);
        for (const p of pieces) {
          expect(p.segments.length).toBeGreaterThan(0);
          expect(p.segments.length).toBeLessThanOrEqual(2 * limits.segments);
          const chars = p.segments.slice(0, -1).reduce((n, s) => n + s.text.length, 0);
          expect(chars).toBeLessThan(2 * limits.chars);
        }
      }),
    );
  });
});

describe("plainRuns", () => {
  it("joins neighbouring runs that share their emphasis", () => {
    const segments = runs(["One ", "two ", "three", " four", " five."], (i) => i === 2 || i === 3);
    expect(plainRuns(segments)).toEqual([
      { text: "One two ", strong: false },
      { text: "three four", strong: true },
      { text: " five.", strong: false },
    ]);
  });
});
