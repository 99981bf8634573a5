// Who is asked to do what, over the embedded brief: its 12 recommendations against those they address
// (asked) or involve (concerned), each cell its edge and quotation; then as CSV and Markdown.
import { describe, expect, it } from "vitest";
import { whoIsAsked } from "../../../../src/model/query/whoIsAsked";
import { whoIsAskedCsv, whoIsAskedMarkdown } from "../../../../src/model/export/whoIsAskedExport";
import { loadModelFile } from "../../../../scripts/lib/modelFile";
import { parseCsv } from "../../../support/csv";

const brief = loadModelFile("graph-data/brief.graph.json");
if (!brief.ok) throw new Error("embedded model invalid");
const { model, sourceInfo } = brief.graph;
const matrix = whoIsAsked(model);

describe("whoIsAsked", () => {
  it("has a row for each of the brief's 12 recommendations, in the brief's order", () => {
    expect(matrix.rows.map((r) => r.id)).toEqual(
      model.nodes.filter((n) => n.type === "recommendation").map((n) => n.id),
    );
    expect(matrix.rows).toHaveLength(12);
  });

  it("marks who each recommendation asks, from its addressed-to edges, and who it only concerns", () => {
    const addressed = model.edges.filter((e) => e.relation === "addressed-to");
    expect(addressed).toHaveLength(6);
    for (const edge of addressed) expect(matrix.cell(edge.source, edge.target)).toEqual({ edge, asked: true });
    const cells = matrix.rows.flatMap((r) => matrix.columns.flatMap((c) => matrix.cell(r.id, c.id) ?? []));
    const concerned = cells.filter((c) => !c.asked);
    expect(concerned.length).toBeGreaterThan(0);
    expect(concerned.every((c) => c.edge.relation === "involves")).toBe(true);
    // Only those who can act are columns: actors, UN bodies, organisations, people.
    expect(new Set(matrix.columns.map((c) => c.type))).toEqual(new Set(["actor", "un-body", "person"]));
    // The most often asked first.
    const asked = matrix.columns.map((c) => matrix.askedCount.get(c.id) ?? 0);
    expect(asked).toEqual(asked.toSorted((a, b) => b - a));
  });

  it("works for a model without recommendations: an empty matrix", () => {
    const none = whoIsAsked({ ...model, nodes: model.nodes.filter((n) => n.type !== "recommendation") });
    expect([none.rows, none.columns]).toEqual([[], []]);
  });

  it("exports as CSV with each cell's quotation, and as a Markdown table with numbered quotations", () => {
    const rows = parseCsv(whoIsAskedCsv(matrix, sourceInfo));
    expect(rows[0]).toEqual(["recommendation", ...matrix.columns.map((c) => c.label)]);
    expect(rows).toHaveLength(13);
    const pbcRow = rows.find((r) => r[0] === "Proactive, flexible role for the PBC")!;
    const pbcColumn = rows[0]!.indexOf("Peacebuilding Commission");
    expect(pbcRow[pbcColumn]).toMatch(/^asked: “.+” \(Brief, insight \d+\)$/);

    const markdown = whoIsAskedMarkdown(matrix, sourceInfo, "Who is asked to do what");
    const table = markdown.split("\n").filter((line) => line.startsWith("| "));
    expect(table).toHaveLength(2 + 12);
    const notes = markdown.split("\n").filter((line) => /^\d+\. /.test(line));
    const cells = table.slice(2).flatMap((line) => line.match(/(asked|concerned) \[\d+\]/g) ?? []);
    expect(notes).toHaveLength(cells.length);
    expect(notes.some((n) => /^\d+\. Proactive, flexible role for the PBC → Peacebuilding Commission: “/.test(n))).toBe(
      true,
    );
    expect(markdown).toContain("## Sources");
  });
});
