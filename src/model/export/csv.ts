/** CSV export of nodes and of edges (RFC 4180), for spreadsheets and any data tool. */
import type { GraphModel } from "../brief/schema";
import { edgeColumns, nodeColumns, type Visuals } from "./attributes";

/** Quotes a field when it holds a comma, quote or line break; neutralises spreadsheet formulas. */
export function csvField(value: string | number | undefined): string {
  if (value === undefined) return "";
  let text = String(value);
  // A cell starting with = + - @ is run as a formula by spreadsheets: prefix an apostrophe (OWASP's advice).
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const row = (fields: Array<string | number | undefined>) => fields.map(csvField).join(",");

/** One row per node: id then the shared node columns. */
export function nodesCsv(model: GraphModel, visuals?: Visuals): string {
  const columns = nodeColumns(model, visuals);
  const lines = [
    row(["id", ...columns.map((c) => c.name)]),
    ...model.nodes.map((n) => row([n.id, ...columns.map((c) => c.value(n))])),
  ];
  return `${lines.join("\r\n")}\r\n`;
}

/** One row per edge: id, source, target, their labels (a sheet of ids alone says nothing), then the edge columns. */
export function edgesCsv(model: GraphModel): string {
  const columns = edgeColumns(model);
  const labels = new Map(model.nodes.map((n) => [n.id, n.label]));
  const lines = [
    row(["id", "source", "target", "source_label", "target_label", ...columns.map((c) => c.name)]),
    ...model.edges.map((e) =>
      row([e.id, e.source, e.target, labels.get(e.source), labels.get(e.target), ...columns.map((c) => c.value(e))]),
    ),
  ];
  return `${lines.join("\r\n")}\r\n`;
}
