// Fixtures: the two real source texts in graph-data/sources/, copied byte for byte from shared/sources/.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { passageAt, splitPassages, splitSentences } from "../../../../src/model/sources/passages";

const brief = readFileSync("graph-data/sources/brief.txt", "utf8");
const summary = readFileSync("graph-data/sources/web-summary.txt", "utf8");

describe("splitPassages", () => {
  it("finds the brief's two headings, two paragraphs and nine insights, in order", () => {
    const passages = splitPassages(brief, "insight");
    expect(passages.map((p) => p.name)).toEqual([
      "heading 1",
      "heading 2",
      "paragraph 1",
      "paragraph 2",
      ...Array.from({ length: 9 }, (_, i) => `insight ${i + 1}`),
    ]);
  });

  it("trims markers so a passage's range holds only the words", () => {
    const [title, subtitle, , , first] = splitPassages(brief, "insight");
    expect(brief.slice(title!.start, title!.end)).toBe("IPI MEETING BRIEF");
    expect(brief.slice(subtitle!.start, subtitle!.end)).toBe(
      "Conversations on Prevention for Sustaining Peace: The Restoration and Extension of State Authority in Peace Operations",
    );
    expect(brief.slice(first!.start, first!.start + 25)).toBe("Broad consensus at the UN");
  });

  it("names the web summary's six paragraphs, and bullets 'bullet' by default", () => {
    expect(splitPassages(summary).map((p) => p.name)).toEqual([1, 2, 3, 4, 5, 6].map((i) => `paragraph ${i}`));
    expect(splitPassages("- one\n- two").map((p) => p.name)).toEqual(["bullet 1", "bullet 2"]);
  });

  it("locates a range in its passage, and nowhere when it crosses two", () => {
    const passages = splitPassages(brief, "insight");
    const at = brief.indexOf("Integrated reporting to the Security Council");
    expect(passageAt(passages, { start: at, end: at + 20 })?.name).toBe("insight 4");
    const boundary = passages[5]!.end;
    expect(passageAt(passages, { start: boundary - 5, end: boundary + 10 })).toBeUndefined();
  });
});

const sentencesOf = (text: string, index: number, bulletName?: string) => {
  const passage = splitPassages(text, bulletName)[index]!;
  return splitSentences(text, passage).map((r) => text.slice(r.start, r.end));
};

const countSentences = (text: string) => splitPassages(text).reduce((n, p) => n + splitSentences(text, p).length, 0);

describe("splitSentences", () => {
  it("splits insight 5 into its three sentences", () => {
    expect(sentencesOf(brief, 8, "insight")).toEqual([
      "Peace operations require **realistic timelines** that are aligned with consistent funding.",
      "Generational changes cannot be expected to take place within the short life spans of these operations, nor should long-lasting stability be confused with positive and sustainable peace.",
      "Specifically, a mandate to restore and extend state authority should be seen as part of a broader process of supporting public policies that respond to citizens’ needs and priorities.",
    ]);
  });

  it("does not split inside a sentence with a dash, a colon or quotation marks", () => {
    expect(sentencesOf(summary, 2)).toHaveLength(4);
    expect(sentencesOf(summary, 3)).toHaveLength(1);
  });

  it("counts 28 sentences in the brief and 11 in the web summary", () => {
    expect([countSentences(brief), countSentences(summary)]).toEqual([28, 11]);
  });
});
