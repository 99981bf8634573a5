// The evidence filter over the embedded brief (two sources, six places where they disagree): what one source
// says, what only it says, what both say, and where they disagree; and going to something it hides.
import { describe, expect, it } from "vitest";
import { buildGraphIndex } from "../../../../src/model/query/graphIndex";
import { computeVisibility, hasEvidence, type Filters } from "../../../../src/model/query/visibility";
import { revealSelection } from "../../../../src/model/view/reveal";
import { loadModelFile } from "../../../../scripts/lib/modelFile";

const brief = loadModelFile("graph-data/brief.graph.json");
if (!brief.ok) throw new Error("embedded model invalid");
const { model } = brief.graph;
const index = buildGraphIndex(model);
const none: Filters = { hiddenTypes: new Set(), hiddenRelations: new Set(), focus: null };
const sourcesOf = (excerpts: ReadonlyArray<{ source: string }>) => new Set(excerpts.map((e) => e.source));

describe("the evidence filter", () => {
  it("shows what a source says, and only what it alone says", () => {
    const inSummary = computeVisibility(index, { ...none, evidence: { kind: "in", source: "web-summary" } });
    const expected = model.nodes.filter((n) => sourcesOf(n.excerpts).has("web-summary")).map((n) => n.id);
    expect([...inSummary.nodes].toSorted()).toEqual(expected.toSorted());
    expect(inSummary.nodes.size).toBeGreaterThan(0);
    expect(inSummary.nodes.size).toBeLessThan(model.nodes.length);
    // An edge needs its own quotation from the source, and both its ends shown.
    for (const id of inSummary.edges) {
      const edge = index.edges.get(id)!;
      expect(sourcesOf(edge.excerpts).has("web-summary")).toBe(true);
      expect(inSummary.nodes.has(edge.source) && inSummary.nodes.has(edge.target)).toBe(true);
    }
    const onlyBrief = computeVisibility(index, { ...none, evidence: { kind: "only", source: "brief" } });
    for (const id of onlyBrief.nodes) expect([...sourcesOf(index.nodes.get(id)!.excerpts)]).toEqual(["brief"]);
  });

  it("shows what every source says", () => {
    const both = computeVisibility(index, { ...none, evidence: { kind: "every" } });
    const expected = model.nodes.filter((n) => sourcesOf(n.excerpts).size === model.sources.length);
    expect(both.nodes.size).toBe(expected.length);
    expect(both.nodes.size).toBeGreaterThan(0);
  });

  it("shows only where the sources disagree: the contrasts and what they join", () => {
    const disagree = computeVisibility(index, { ...none, evidence: { kind: "disagree" } });
    const contrasts = model.edges.filter((e) => e.relation === "contrasts-with");
    expect(contrasts.length).toBeGreaterThan(0);
    expect([...disagree.edges].toSorted()).toEqual(contrasts.map((e) => e.id).toSorted());
    expect([...disagree.nodes].toSorted()).toEqual(
      [...new Set(contrasts.flatMap((e) => [e.source, e.target]))].toSorted(),
    );
  });

  it("gives way when the reader goes to something it hides, and says so", () => {
    const filters: Filters = { ...none, evidence: { kind: "disagree" } };
    const hidden = model.nodes.find((n) => !hasEvidence(index, { kind: "disagree" }, "node", n.id))!;
    const revealed = revealSelection(index, filters, { kind: "node", id: hidden.id });
    expect(revealed?.filters.evidence).toBeNull();
    expect(revealed?.notice.code).toBe("revealed");
    // Something it shows keeps it.
    const shown = model.edges.find((e) => e.relation === "contrasts-with")!;
    expect(revealSelection(index, filters, { kind: "edge", id: shown.id })).toBeNull();
  });
});
