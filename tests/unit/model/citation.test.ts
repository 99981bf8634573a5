// Citations of the small fixture's excerpts (quotes from graph-data/sources/brief.txt, with its ** markers).
import { describe, expect, it } from "vitest";
import { citationLabel, citationText, formatDate, plainQuote, splitEmphasis } from "../../../src/model/citation";
import { loadSmallGraph } from "../state/smallGraph";

const graph = loadSmallGraph();
const pbc = graph.index.nodes.get("pbc")!;
const excerpt = pbc.excerpts[0]!;
const source = graph.valid.sourceInfo.get("brief");

describe("citations", () => {
  it.each([
    ["2017-02-24", "24 February 2017"],
    ["1999-12-01", "1 December 1999"],
  ])("formats %s as %s", (iso, text) => expect(formatDate(iso)).toBe(text));

  it("labels an excerpt with the source's short title and passage", () => {
    expect(citationLabel(excerpt, source)).toBe("Brief, insight 9");
  });

  it("copies the quote without markers, with the full citation", () => {
    expect(citationText(excerpt, source)).toBe(
      "“There should be a more proactive and flexible role for the Peacebuilding Commission in prevention and " +
        "sustaining peace.” (International Peace Institute, Conversations on Prevention for Sustaining Peace: The " +
        "Restoration and Extension of State Authority in Peace Operations, 24 February 2017, insight 9)",
    );
  });

  it("strips bold markers", () => expect(plainQuote("a **b** c")).toBe("a b c"));
});

describe("splitEmphasis", () => {
  it.each([
    ["plain", [{ text: "plain", strong: false }]],
    [
      "a **b** c",
      [
        { text: "a ", strong: false },
        { text: "b", strong: true },
        { text: " c", strong: false },
      ],
    ],
    ["**all**", [{ text: "all", strong: true }]],
    ["odd ** marker", [{ text: "odd ** marker", strong: false }]],
    ["<b>not html</b>", [{ text: "<b>not html</b>", strong: false }]],
  ])("%s", (text, runs) => expect(splitEmphasis(text)).toEqual(runs));
});
