// The real, hand-curated model of the IPI brief (graph-data/brief.graph.json) against its two sources.
import { describe, expect, it } from "vitest";
import { computeCoverage } from "../../../../src/model/sources/coverage";
import { findOverlaps, nodeBox } from "../../../../src/model/geometry/labelBoxes";
import { formatPath } from "../../../../src/model/brief/jsonPath";
import { validateModel } from "../../../../src/model/brief/validate";
import { DEFAULT_MODEL, fileReader, loadModelFile } from "../../../../scripts/lib/modelFile";
import type { GraphModel } from "../../../../src/model/brief/schema";

const loaded = loadModelFile(DEFAULT_MODEL);
if (!loaded.ok)
  throw new Error(`the embedded model is invalid: run npm run validate (${loaded.issues.length} problems)`);
const graph = loaded.graph;
const { model } = graph;
const read = fileReader(DEFAULT_MODEL);

const relationsOf = (id: string) =>
  new Set(model.edges.filter((e) => e.source === id || e.target === id).map((e) => e.relation));
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
/** The sources quoted by the nodes whose label or alias matches. */
const sourcesOfNodesMatching = (label: RegExp) =>
  model.nodes
    .filter((n) => label.test(n.label) || (n.aliases ?? []).some((a) => label.test(a)))
    .flatMap((n) => n.excerpts.map((e) => e.source));

describe("the embedded model", () => {
  it("cites at least 95% of the brief's sentences and 90% of the web summary's", () => {
    const ratios = Object.fromEntries(computeCoverage(graph).map((c) => [c.sourceId, c.ratio]));
    expect(ratios.brief).toBeGreaterThanOrEqual(0.95);
    expect(ratios["web-summary"]).toBeGreaterThanOrEqual(0.9);
  });

  it("turns each of the brief's nine insights into a recommendation or finding quoting it", () => {
    const quoted = new Set(
      model.nodes
        .filter((n) => n.type === "recommendation" || n.type === "finding")
        .flatMap((n) => n.excerpts.filter((e) => e.source === "brief").map((e) => e.passage)),
    );
    for (let i = 1; i <= 9; i++) expect(quoted).toContain(`insight ${i}`);
  });

  it("links every recommendation to the concepts it involves and to who should act or who raised it", () => {
    for (const node of model.nodes.filter((n) => n.type === "recommendation")) {
      const relations = relationsOf(node.id);
      expect({ node: node.id, involves: relations.has("involves") }).toEqual({ node: node.id, involves: true });
      expect({ node: node.id, linked: relations.has("addressed-to") || relations.has("recommends") }).toEqual({
        node: node.id,
        linked: true,
      });
    }
  });

  it("keeps both sides where the sources disagree, each with its own source's words", () => {
    const contrasts = model.edges.filter((e) => e.relation === "contrasts-with");
    const bySource = (id: string) => new Set(model.nodes.find((n) => n.id === id)!.excerpts.map((e) => e.source));
    const crossSource = contrasts.filter((e) => {
      const a = bySource(e.source);
      const b = bySource(e.target);
      return (a.has("brief") && b.has("web-summary")) || (a.has("web-summary") && b.has("brief"));
    });
    expect(crossSource.length).toBeGreaterThanOrEqual(2);
    for (const edge of crossSource) expect(edge.note, `edge ${edge.id} explains the disagreement`).toBeTruthy();
  });

  it("attributes the web summary's additions to it", () => {
    for (const label of [
      /Canada/,
      /Michael Grant/,
      /Youssef Mahmoud/,
      /Guterres/,
      /General Assembly/,
      /Sustainable Development Goals|SDGs/,
    ]) {
      expect({ label: String(label), sources: sourcesOfNodesMatching(label) }).toEqual({
        label: String(label),
        sources: expect.arrayContaining(["web-summary"]),
      });
    }
  });

  it("fails validation at the right path when any quote changes by one character", () => {
    const items = [
      ...model.nodes.map((n, i) => ["nodes", i, n] as const),
      ...model.edges.map((e, i) => ["edges", i, e] as const),
    ];
    for (const [kind, i, item] of items) {
      item.excerpts.forEach((_excerpt, j) => {
        const copy = structuredClone(model) as GraphModel;
        const target = (kind === "nodes" ? copy.nodes[i] : copy.edges[i])!.excerpts[j]!;
        const middle = Math.floor(target.quote.length / 2);
        target.quote = `${target.quote.slice(0, middle)}#${target.quote.slice(middle + 1)}`;
        const result = validateModel(copy, read);
        const paths = result.ok ? [] : result.issues.map((issue) => formatPath(issue.path));
        expect(paths).toEqual([`${kind}[${i}].excerpts[${j}].quote`]);
      });
    }
  });

  it("ships a position for every node, with no two labels overlapping", () => {
    expect(model.nodes.filter((n) => !n.position).map((n) => n.id)).toEqual([]);
    const boxes = model.nodes.map((n) => nodeBox(n.label, n.type, n.position!.x, n.position!.y));
    expect(findOverlaps(boxes).map(([a, b]) => `${model.nodes[a]!.id} / ${model.nodes[b]!.id}`)).toEqual([]);
  });

  it("draws connected nodes near each other: edges are far shorter than the average distance between nodes", () => {
    const at = new Map(model.nodes.map((n) => [n.id, n.position!]));
    const distance = (a: string, b: string) => Math.hypot(at.get(a)!.x - at.get(b)!.x, at.get(a)!.y - at.get(b)!.y);
    const edgeLength = mean(model.edges.map((e) => distance(e.source, e.target)));
    const ids = model.nodes.map((n) => n.id);
    const pairDistance = mean(ids.flatMap((a, i) => ids.slice(i + 1).map((b) => distance(a, b))));
    expect(edgeLength / pairDistance).toBeLessThan(0.6);
  });
});
