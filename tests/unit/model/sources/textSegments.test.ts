// Reader segments over hand-made text: markers, overlapping citations and the open passage.
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { segmentPassage } from "../../../../src/model/sources/textSegments";

const text = "One **two three** four five.";
const whole = { start: 0, end: text.length };
const at = (s: string) => text.indexOf(s);
const view = (segments: ReturnType<typeof segmentPassage>) =>
  segments.map((s) => [s.text, s.strong, s.refs.join("+"), s.open]);

/** A range within a text of `length` characters. */
const bounds = (length: number) =>
  fc.tuple(fc.nat(length), fc.nat(length)).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));

describe("segmentPassage", () => {
  it("drops the ** markers and emphasises what they enclose", () => {
    expect(view(segmentPassage(text, whole, [], null))).toEqual([
      ["One ", false, "", false],
      ["two three", true, "", false],
      [" four five.", false, "", false],
    ]);
  });

  it("splits at overlapping citations and the open range", () => {
    const cited = [
      { start: at("two"), end: at(" four"), ref: "node:a" },
      { start: at("three"), end: at("five"), ref: "edge:b" },
    ];
    const open = { start: at("four"), end: text.length };
    expect(view(segmentPassage(text, whole, cited, open))).toEqual([
      ["One ", false, "", false],
      ["two ", true, "node:a", false],
      ["three", true, "node:a+edge:b", false],
      [" ", false, "edge:b", false],
      ["four ", false, "edge:b", true],
      ["five.", false, "", true],
    ]);
  });

  it("keeps an unpaired marker as text", () => {
    const odd = "a ** b";
    expect(view(segmentPassage(odd, { start: 0, end: odd.length }, [], null))).toEqual([["a ** b", false, "", false]]);
  });

  it("reassembles the text minus markers", () => {
    const cited = [{ start: 2, end: 20, ref: "node:x" }];
    const joined = segmentPassage(text, whole, cited, { start: 5, end: 9 })
      .map((s) => s.text)
      .join("");
    expect(joined).toBe(text.replaceAll("**", ""));
  });

  it("gives every run exactly the citations that cover it, in their given order (property)", () => {
    const scenario = fc.stringMatching(/^[ab* ]{1,40}$/).chain((sample) =>
      fc.record({
        sample: fc.constant(sample),
        range: bounds(sample.length),
        // One ref per range: runs covered by the same ranges merge, so each merged run is covered by all of them.
        cited: fc
          .array(bounds(sample.length), { maxLength: 12 })
          .map((list) => list.map((b, i) => ({ ...b, ref: `node:${i}` }))),
      }),
    );
    fc.assert(
      fc.property(scenario, ({ sample, range, cited }) => {
        for (const segment of segmentPassage(sample, range, cited, null)) {
          const covering = cited
            .filter((c) => c.end > range.start && c.start < range.end)
            .filter((c) => c.start <= segment.start && c.end >= segment.end)
            .map((c) => c.ref);
          expect(segment.refs).toEqual(covering);
        }
      }),
    );
  });

  it("cuts a passage quoted many thousand times quickly", () => {
    const sentences = Array.from({ length: 20_000 }, (_, i) => `Item ${i} is discussed.`);
    const starts: number[] = [];
    let offset = 0;
    for (const sentence of sentences) {
      starts.push(offset);
      offset += sentence.length + 1;
    }
    const many = sentences.join(" ");
    // Three ranges on each sentence, as a node and its two edges may quote it.
    const cited = Array.from({ length: 60_000 }, (_, i) => {
      const start = starts[i % 20_000]!;
      return { start, end: start + sentences[i % 20_000]!.length, ref: `node:n${i}` };
    });
    const started = performance.now();
    const segments = segmentPassage(many, { start: 0, end: many.length }, cited, null);
    // ~6 s when every range was tested against every run; the sweep takes tens of ms.
    expect(performance.now() - started).toBeLessThan(1000);
    expect(segments.filter((s) => s.refs.length === 3)).toHaveLength(20_000);
  });
});
