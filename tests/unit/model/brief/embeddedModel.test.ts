// The real, hand-curated model of the IPI brief (graph-data/brief.graph.json) against its two sources.
import { describe, expect, it } from "vitest";
import { computeCoverage } from "../../../../src/model/sources/coverage";
import { findOverlaps } from "../../../../src/model/geometry/labelBoxes";
import { argumentLayout } from "../../../../src/model/layout/argumentLayout";
import { importance, nodeSizes } from "../../../../src/model/query/importance";
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

  it("ships the layout npm run layout gives: a position for every node, no two shapes overlapping", () => {
    expect(model.nodes.filter((n) => !n.position).map((n) => n.id)).toEqual([]);
    // Stale positions would draw a picture the layout no longer gives: run `npm run layout`.
    const laid = argumentLayout(model);
    expect(model.nodes.filter((n) => JSON.stringify(n.position) !== JSON.stringify(laid.get(n.id)))).toEqual([]);
    const sizes = nodeSizes(importance(model));
    const shapes = model.nodes.map((n) => {
      const half = sizes.get(n.id)! / 2;
      return { x1: n.position!.x - half, y1: n.position!.y - half, x2: n.position!.x + half, y2: n.position!.y + half };
    });
    expect(findOverlaps(shapes).map(([a, b]) => `${model.nodes[a]!.id} / ${model.nodes[b]!.id}`)).toEqual([]);
  });

  it("reads its argument left to right, findings, recommendations, whom they address, logistics at the bottom", () => {
    const xs = (types: string[]) => model.nodes.filter((n) => types.includes(n.type)).map((n) => n.position!.x);
    const ys = (types: string[]) => model.nodes.filter((n) => types.includes(n.type)).map((n) => n.position!.y);
    expect(Math.max(...xs(["finding"]))).toBeLessThan(Math.min(...xs(["recommendation"])));
    expect(Math.max(...xs(["recommendation"]))).toBeLessThan(Math.min(...xs(["un-body", "actor"])));
    const logistics = ["event", "organization", "person", "document"];
    const argument = model.nodes.filter((n) => !logistics.includes(n.type)).map((n) => n.position!.y);
    expect(Math.min(...ys(logistics))).toBeGreaterThan(Math.max(...argument));
  });
});
