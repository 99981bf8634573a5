// File names and the source line of exports, table-driven; the sources are the embedded model's two (graph-data/).
import { describe, expect, it } from "vitest";
import { exportFileName, slugify } from "../../../../src/model/export/fileName";
import { creditFor, publisherShortName, sourceLine } from "../../../../src/model/export/sourceLine";
import type { SourceInfo } from "../../../../src/model/brief/schema";
import { DEFAULT_MODEL, loadModelFile } from "../../../../scripts/lib/modelFile";

describe("export file names", () => {
  it.each([
    ["Peacebuilding Commission", "peacebuilding-commission"],
    ["Côte D’Ivoire", "cote-d-ivoire"],
    ["Second conversation (February 24, 2017)", "second-conversation-february-24-2017"],
    ['../etc/passwd <script>"', "etc-passwd-script"],
    ["  --  ", ""],
    ["Ünïcödé ﬁ ligature", "unicode-fi-ligature"],
  ])("slugifies %j as %j", (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it("keeps slugs short, never ending in a hyphen", () => {
    const slug = slugify("word ".repeat(40));
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).not.toMatch(/-$/);
  });

  it.each([
    [null, "png", undefined, "briefgraph.png"],
    ["Peacebuilding Commission", "svg", undefined, "briefgraph-peacebuilding-commission.svg"],
    [null, "csv", "nodes", "briefgraph-nodes.csv"],
    ["Peacebuilding Commission", "md", "citations", "briefgraph-peacebuilding-commission-citations.md"],
    ["%%%", "png", undefined, "briefgraph.png"],
  ])("names %j .%s (%s) %j", (subject, extension, suffix, name) => {
    expect(exportFileName(subject, extension, suffix)).toBe(name);
  });
});

describe("the source line", () => {
  const loaded = loadModelFile(DEFAULT_MODEL);
  if (!loaded.ok) throw new Error("embedded model invalid");
  const sources = loaded.graph.model.sources;
  const brief = sources.find((s) => s.role === "primary")!;

  it("credits the embedded model's primary source like a figure caption", () => {
    expect(sourceLine(sources)).toBe("Source: IPI Meeting Brief, 24 February 2017");
  });

  it.each([
    ["International Peace Institute", "IPI"],
    ["United Nations Department of Peace Operations", "UNDPO"],
    ["UN Department of Peace Operations", "UNDPO"],
    ["Reuters", "Reuters"],
    ["Crisis Group", "Crisis Group"],
  ])("shortens the publisher %j to %j", (publisher, short) => {
    expect(publisherShortName(publisher)).toBe(short);
  });

  it("names other kinds of documents, and falls back to the short title", () => {
    expect(creditFor({ ...brief, kind: "report", date: "2020-01-05" })).toBe("IPI Report, 5 January 2020");
    expect(creditFor({ ...brief, kind: "other", shortTitle: "Transcript" })).toBe("IPI Transcript, 24 February 2017");
  });

  it("lists several primary sources once each, and uses all sources when none is primary", () => {
    const second: SourceInfo = { ...brief, id: "report", kind: "report", date: "2018-03-01" };
    expect(sourceLine([brief, second, brief])).toBe(
      "Sources: IPI Meeting Brief, 24 February 2017; IPI Report, 1 March 2018",
    );
    const secondaryOnly = sources.map((s) => ({ ...s, role: "secondary" as const }));
    expect(sourceLine(secondaryOnly)).toBe(
      "Sources: IPI Meeting Brief, 24 February 2017; IPI Web Summary, 24 February 2017",
    );
    expect(sourceLine([])).toBe("");
  });
});
