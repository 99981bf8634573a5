// Citations of the small fixture's excerpts (quotes from graph-data/sources/brief.txt, with its ** markers).
import { describe, expect, it } from "vitest";
import {
  citationLabel,
  citationText,
  emphasisedAt,
  formatDate,
  plainQuote,
  splitEmphasis,
} from "../../../../src/model/sources/citation";
import { DEFAULT_MODEL, loadModelFile } from "../../../../scripts/lib/modelFile";
import { loadSmallGraph } from "../../../support/smallGraph";

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
    ["plain", false, [{ text: "plain", strong: false }]],
    [
      "a **b** c",
      false,
      [
        { text: "a ", strong: false },
        { text: "b", strong: true },
        { text: " c", strong: false },
      ],
    ],
    ["**all**", false, [{ text: "all", strong: true }]],
    ["<b>not html</b>", false, [{ text: "<b>not html</b>", strong: false }]],
    // Quotes of the brief that begin or end inside its bold: the marker's partner lies outside the quote.
    [
      "transition and drawdown** of peace operations",
      true,
      [
        { text: "transition and drawdown", strong: true },
        { text: " of peace operations", strong: false },
      ],
    ],
    [
      "promote collaboration between departments to **develop a unified approach",
      false,
      [
        { text: "promote collaboration between departments to ", strong: false },
        { text: "develop a unified approach", strong: true },
      ],
    ],
    [
      "trust between citizens and governments",
      true,
      [{ text: "trust between citizens and governments", strong: true }],
    ],
  ])("%s (starting emphasised: %s)", (text, startsStrong, runs) =>
    expect(splitEmphasis(text, startsStrong)).toEqual(runs),
  );
});

describe("every quotation of the embedded model, as the details show it", () => {
  const loaded = loadModelFile(DEFAULT_MODEL);
  if (!loaded.ok) throw new Error("the embedded model does not load");
  const { model, texts } = loaded.graph;
  const excerpts = [...model.nodes, ...model.edges].flatMap((item) => item.excerpts);
  /** Emphasis at `offset` the slow, obvious way: an odd number of markers before it. */
  const boldAt = (sourceId: string, offset: number) =>
    texts.get(sourceId)!.slice(0, offset).split("**").length % 2 === 0;

  it("has some that begin inside the brief's bold, and finds each by its offset", () => {
    const inside = excerpts.filter((e) => boldAt(e.source, e.start));
    expect(inside.length).toBeGreaterThan(0);
    expect(excerpts.filter((e) => emphasisedAt(texts, e.source, e.start))).toEqual(inside);
  });

  it("shows each run in the emphasis its source gives it, and never a ** marker", () => {
    const wrong: string[] = [];
    for (const e of excerpts) {
      let offset = e.start;
      for (const run of splitEmphasis(e.quote, emphasisedAt(texts, e.source, e.start))) {
        // Step over the markers before the run, which the runs leave out.
        while (e.quote.startsWith("**", offset - e.start)) offset += 2;
        if (run.strong !== boldAt(e.source, offset + 1) || run.text.includes("**"))
          wrong.push(`${run.text} (${e.quote})`);
        offset += run.text.length;
      }
    }
    expect(wrong).toEqual([]);
  });
});
