/** Every format the Export dialog offers, with its file extension, MIME type and what it is for. */

export type ExportFormat = "png" | "svg" | "json" | "graphml" | "gexf" | "nodes-csv" | "edges-csv" | "citations-md";

export interface FormatInfo {
  label: string;
  /** One line on what the file is good for, shown under the choice. */
  hint: string;
  extension: string;
  mime: string;
  kind: "image" | "data" | "citations";
  /** Appended to the file name so two CSV files of one view do not collide. */
  suffix?: string;
}

export const EXPORT_FORMATS: Record<ExportFormat, FormatInfo> = {
  png: { label: "PNG image", hint: "For slides and documents.", extension: "png", mime: "image/png", kind: "image" },
  svg: {
    label: "SVG image",
    hint: "Vector: sharp at any size, editable in Inkscape or Illustrator.",
    extension: "svg",
    mime: "image/svg+xml",
    kind: "image",
  },
  json: {
    label: "Model (JSON)",
    hint: "The whole model with its sources; reopens in briefgraph.",
    extension: "json",
    mime: "application/json",
    kind: "data",
  },
  graphml: {
    label: "GraphML",
    hint: "For yEd, Cytoscape desktop and Gephi.",
    extension: "graphml",
    mime: "application/graphml+xml",
    kind: "data",
  },
  gexf: { label: "GEXF", hint: "Gephi's own format.", extension: "gexf", mime: "application/gexf+xml", kind: "data" },
  "nodes-csv": {
    label: "Nodes (CSV)",
    hint: "One row per node, for spreadsheets.",
    extension: "csv",
    mime: "text/csv",
    kind: "data",
    suffix: "nodes",
  },
  "edges-csv": {
    label: "Edges (CSV)",
    hint: "One row per connection, for spreadsheets.",
    extension: "csv",
    mime: "text/csv",
    kind: "data",
    suffix: "edges",
  },
  "citations-md": {
    label: "Citations (Markdown)",
    hint: "Numbered quotations with source and paragraph, ready to paste into a report.",
    extension: "md",
    mime: "text/markdown",
    kind: "citations",
    suffix: "citations",
  },
};

export const FORMAT_ORDER: readonly ExportFormat[] = [
  "png",
  "svg",
  "json",
  "graphml",
  "gexf",
  "nodes-csv",
  "edges-csv",
  "citations-md",
];
