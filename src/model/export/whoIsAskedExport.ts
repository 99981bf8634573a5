/**
 * The "who is asked to do what" matrix for a report or a spreadsheet: as CSV with each cell's quotation, and as
 * a Markdown table whose cells point to numbered quotations, with the sources once.
 */
import type { SourceInfo } from "../brief/schema";
import { excerptsText } from "./attributes";
import type { MatrixCell, WhoIsAsked } from "../query/whoIsAsked";
import { csvField } from "./csv";
import { escapeMarkdown, referenceLine } from "./citationsMarkdown";

/** Text inside a table cell: escaped, on one line. */
const inCell = (text: string) => escapeMarkdown(text).replaceAll("\n", " ");

const word = (cell: MatrixCell) => (cell.asked ? "asked" : "concerned");

/** A cell's quotation with its short citation. */
function quotation(cell: MatrixCell, sources: ReadonlyMap<string, SourceInfo>): string {
  return excerptsText(cell.edge.excerpts.slice(0, 1), sources);
}

/** One row per recommendation, one column per addressee; a cell says "asked" or "concerned" and quotes why. */
export function whoIsAskedCsv(matrix: WhoIsAsked, sources: ReadonlyMap<string, SourceInfo>): string {
  const lines = [
    ["recommendation", ...matrix.columns.map((c) => c.label)],
    ...matrix.rows.map((row) => [
      row.label,
      ...matrix.columns.map((column) => {
        const cell = matrix.cell(row.id, column.id);
        return cell ? `${word(cell)}: ${quotation(cell, sources)}` : "";
      }),
    ]),
  ];
  return `${lines.map((fields) => fields.map(csvField).join(",")).join("\r\n")}\r\n`;
}

/** The matrix as a Markdown table, its cells numbered to the quotations listed under it. */
export function whoIsAskedMarkdown(
  matrix: WhoIsAsked,
  sources: ReadonlyMap<string, SourceInfo>,
  heading: string,
): string {
  const notes: string[] = [];
  const used = new Set<string>();
  const lines = [
    `# ${inCell(heading)}`,
    "",
    "“asked”: the recommendation is addressed to them; “concerned”: it involves them.",
    "",
    `| Recommendation | ${matrix.columns.map((c) => inCell(c.label)).join(" | ")} |`,
    `| --- | ${matrix.columns.map(() => "---").join(" | ")} |`,
  ];
  for (const row of matrix.rows) {
    const cells = matrix.columns.map((column) => {
      const found = matrix.cell(row.id, column.id);
      if (!found) return "";
      const excerpt = found.edge.excerpts[0];
      if (excerpt) used.add(excerpt.source);
      notes.push(
        `${notes.length + 1}. ${inCell(row.label)} → ${inCell(column.label)}: ${inCell(quotation(found, sources))}`,
      );
      return `${word(found)} [${notes.length}]`;
    });
    lines.push(`| ${inCell(row.label)} | ${cells.join(" | ")} |`);
  }
  lines.push("", ...notes, "", "## Sources", "");
  for (const id of used) if (sources.has(id)) lines.push(referenceLine(sources.get(id)!));
  return `${lines.join("\n")}\n`;
}
