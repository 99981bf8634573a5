// Reader segments over hand-made text: markers, overlapping citations and the open passage.
import { describe, expect, it } from "vitest";
import { segmentPassage } from "../../../src/model/textSegments";

const text = "One **two three** four five.";
const whole = { start: 0, end: text.length };
const at = (s: string) => text.indexOf(s);
const view = (segments: ReturnType<typeof segmentPassage>) =>
  segments.map((s) => [s.text, s.strong, s.refs.join("+"), s.open]);

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
});
