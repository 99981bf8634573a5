// The frame around an exported image (title, legend, source line) and the plan of an export (file name, cited
// ids), over the small fixture (tests/fixtures/models/small.graph.json, quotes from the brief).
import { describe, expect, it } from "vitest";
import { computeVisibility } from "../../../../src/model/query/visibility";
import { DEFAULT_VIEW, type ViewState } from "../../../../src/model/view/viewState";
import { exportPalette } from "../../../../src/graph/export/exportStyle";
import { layoutFrame, wrapWords } from "../../../../src/graph/export/frame";
import { legendItems } from "../../../../src/graph/export/legendItems";
import type { TextPrimitive } from "../../../../src/graph/export/primitives";
import { citedIds, defaultTitle, fileNameFor, viewSubject } from "../../../../src/ui/export/exportPlan";
import { loadSmallGraph } from "../../../support/smallGraph";

// A stand-in for canvas measurement: every glyph 0.55 em wide.
const measure = (text: string, size: number) => text.length * size * 0.55;
const fits = (line: string) => line.length <= 10;
const view = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...patch });

describe("the frame", () => {
  const palette = exportPalette("white");
  const legend = legendItems(
    {
      types: new Set(["recommendation", "concept", "un-body", "place"]),
      relations: new Set(["supports", "coordinates-with", "part-of"]),
    },
    palette,
  );

  it("stacks title, drawing, legend and source line without overlap, all inside the image", () => {
    const frame = layoutFrame({
      graphWidth: 800,
      graphHeight: 600,
      title: "Peacebuilding Commission",
      legend,
      source: "Source: IPI Meeting Brief, 24 February 2017",
      palette,
      measure,
    });
    const texts = frame.primitives.filter((p): p is TextPrimitive => p.kind === "text");
    const title = texts.find((t) => t.text === "Peacebuilding Commission")!;
    const source = texts.find((t) => t.text.startsWith("Source:"))!;
    const names = texts.filter((t) => t.size === 12);
    expect(frame.width).toBe(848);
    expect(title.y).toBeLessThan(frame.graph.y);
    expect(names.length).toBe(legend.length + 3);
    for (const t of names) {
      expect(t.y).toBeGreaterThan(frame.graph.y + frame.graph.h);
      expect(t.y).toBeLessThan(source.y);
      expect(t.x + measure(t.text, t.size)).toBeLessThanOrEqual(frame.width - 24 + 0.5);
    }
    expect(source.y).toBeLessThan(frame.height);
  });

  it("wraps a long title and keeps small drawings at a readable width", () => {
    const frame = layoutFrame({
      graphWidth: 100,
      graphHeight: 100,
      title: "A title long enough to need two lines in a narrow image of a small drawing",
      legend: null,
      source: null,
      palette,
      measure,
    });
    expect(frame.width).toBe(468);
    expect(frame.graph.x).toBe(184);
    expect(frame.primitives.filter((p) => p.kind === "text").length).toBe(2);
  });

  it("wraps words greedily and keeps an over-long word whole", () => {
    expect(wrapWords("one two three four", fits)).toEqual(["one two", "three four"]);
    expect(wrapWords("incomprehensibilities ok", fits)).toEqual(["incomprehensibilities", "ok"]);
  });

  it("draws legend lines in each family's style, hollow mutual lines included", () => {
    const supports = legend.at(-3)!.glyph(0, 0);
    const mutual = legend.at(-1)!.glyph(0, 0);
    expect(supports.some((p) => p.kind === "path" && p.dash?.join(" ") === "8 4")).toBe(true);
    expect(mutual.filter((p) => p.kind === "path" && p.stroke)).toHaveLength(2);
  });
});

describe("the export plan", () => {
  const graph = loadSmallGraph();
  const visible = (v: ViewState) => computeVisibility(graph.index, v);

  it("names the file after the focus, else the selection, and not for the whole graph", () => {
    const selected = view({ selection: { kind: "node", id: "pbc" } });
    expect(fileNameFor(graph, selected, "png", "view")).toBe("briefgraph-peacebuilding-commission.png");
    expect(fileNameFor(graph, selected, "svg", "whole")).toBe("briefgraph.svg");
    expect(fileNameFor(graph, selected, "json", "view")).toBe("briefgraph.json");
    expect(fileNameFor(graph, selected, "nodes-csv", "view")).toBe("briefgraph-nodes.csv");
    const focused = view({ selection: { kind: "node", id: "pbc" }, focus: { id: "pbf", depth: 1 } });
    expect(viewSubject(graph, focused, "filtered")).toBe("Peacebuilding Fund");
    expect(viewSubject(graph, selected, "filtered")).toBeNull();
    const edge = view({ selection: { kind: "edge", id: "pbc-coordinates-with-pbf" } });
    expect(fileNameFor(graph, edge, "citations-md", "view")).toBe(
      "briefgraph-peacebuilding-commission-coordinates-with-peacebuilding-fund-citations.md",
    );
    expect(defaultTitle(graph, view({}), "view")).toBe(graph.valid.model.title);
  });

  it("cites the selected node with its visible connections, or what is visible, or everything", () => {
    const selected = view({ selection: { kind: "node", id: "pbf" } });
    expect([...citedIds(graph, selected, visible(selected), "view")]).toEqual(["pbf", "pbc-coordinates-with-pbf"]);
    const noPlaces = view({ hiddenTypes: new Set(["place"]) });
    const ids = citedIds(graph, noPlaces, visible(noPlaces), "filtered");
    expect(ids.has("cote-d-ivoire")).toBe(false);
    expect(ids.has("pbc-supports-cote-d-ivoire")).toBe(false);
    expect(citedIds(graph, noPlaces, visible(noPlaces), "whole").size).toBe(7);
    const edge = view({ selection: { kind: "edge", id: "pbc-advantage-over-sc" } });
    expect([...citedIds(graph, edge, visible(edge), "view")]).toEqual(["pbc-advantage-over-sc"]);
  });
});
