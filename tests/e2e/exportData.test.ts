/**
 * Data exports from the Export dialog, in Chromium against the production build of the embedded model, each
 * read back independently: the JSON by our validator (the identical model), GraphML and GEXF by networkx
 * (Debian's python3-networkx), the CSV files by an RFC 4180 reader, the citations as Markdown.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { DEFAULT_MODEL, loadModelFile } from "../../scripts/lib/modelFile";
import { excerptsText } from "../../src/model/export/attributes";
import { plainQuote } from "../../src/model/sources/citation";
import { validateJsonText } from "../../src/model/brief/validate";
import { RELATION_INFO, SYMMETRIC_RELATIONS } from "../../src/model/brief/vocabulary";
import { openApp } from "./browser";
import { sharedBrowser } from "./sharedBrowser";
import { parseCsv } from "../support/csv";
import { exportFile } from "../support/exportDialog";

// The embedded model as shipped: expectations come from it, so curation can go on.
const loaded = loadModelFile(DEFAULT_MODEL);
if (!loaded.ok) throw new Error(`${DEFAULT_MODEL} is invalid`);
const model = loaded.graph.model;
const sources = new Map(model.sources.map((s) => [s.id, s]));
const pbc = model.nodes.find((n) => n.id === "peacebuilding-commission")!;

const baseUrl = inject("baseUrl");
let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await sharedBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  errors = await openApp(page, `${baseUrl}?node=${pbc.id}`);
});

afterAll(async () => {
  await browser?.close();
});

interface Networkx {
  directed: boolean;
  nodes: Record<string, Record<string, unknown>>;
  edges: Array<Record<string, unknown>>;
}

function readWithNetworkx(path: string, kind: "graphml" | "gexf"): Networkx {
  const out = execFileSync("/usr/bin/python3", ["tests/support/readWithNetworkx.py", path, kind], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out) as Networkx;
}

describe("data exports, downloaded from the dialog", () => {
  it("the model as JSON reopens as the identical, valid model", async () => {
    const file = await exportFile(page, { format: "Model (JSON)" });
    expect(file.name).toBe("briefgraph.json");
    const result = validateJsonText(readFileSync(file.path, "utf8"));
    if (!result.ok) throw new Error(result.issues.map((i) => i.message).join("\n"));
    expect(result.graph.model.nodes).toEqual(model.nodes);
    expect(result.graph.model.edges).toEqual(model.edges);
    expect(result.graph.texts).toEqual(loaded.graph.texts);
  });

  it.each([
    ["GraphML", "graphml"],
    ["GEXF", "gexf"],
  ] as const)("%s is read by networkx with every node, edge and attribute", async (format, kind) => {
    const file = await exportFile(page, { format });
    expect(file.name).toBe(`briefgraph.${kind}`);
    const graph = readWithNetworkx(file.path, kind);
    expect(graph.directed).toBe(true);
    // A mutual relation (coordinates with, contrasts with) has no direction: GEXF's mutual edge is read as
    // one each way, and GraphML marks it directed=false.
    const mutual = model.edges.filter((e) => SYMMETRIC_RELATIONS.has(e.relation));
    expect(mutual).toHaveLength(7);
    expect(Object.keys(graph.nodes)).toHaveLength(87);
    expect(graph.edges).toHaveLength(143 + (kind === "gexf" ? 7 : 0));
    expect(Object.keys(graph.nodes)).toHaveLength(model.nodes.length);
    if (kind === "graphml") expect(graph.edges.filter((e) => e.directed === "false")).toHaveLength(mutual.length);
    else {
      // Gephi draws what briefgraph draws: each node's colour, size and place.
      const pbcDrawn = graph.nodes[pbc.id]!.viz as { color: Record<string, number>; size: number; position: object };
      expect(pbcDrawn.color).toMatchObject({ r: 0x33, g: 0x22, b: 0x88 });
      expect(pbcDrawn.size).toBeGreaterThan(20);
      expect(pbcDrawn.position).toEqual({ x: pbc.position!.x, y: -pbc.position!.y || 0, z: 0 });
    }
    for (const node of model.nodes) {
      expect(graph.nodes[node.id], node.id).toMatchObject({
        label: node.label,
        type: node.type,
        description: node.description,
        excerpts: excerptsText(node.excerpts, sources),
      });
    }
    for (const edge of model.edges) {
      const found = graph.edges.find(
        (e) => e.source === edge.source && e.target === edge.target && e.relation === edge.relation,
      );
      expect(found, edge.id).toMatchObject({
        label: RELATION_INFO[edge.relation].label,
        excerpts: excerptsText(edge.excerpts, sources),
      });
    }
  });

  it("nodes and edges as CSV, one row each under a header", async () => {
    const nodes = parseCsv(readFileSync((await exportFile(page, { format: "Nodes (CSV)" })).path, "utf8"));
    const edges = parseCsv(readFileSync((await exportFile(page, { format: "Edges (CSV)" })).path, "utf8"));
    expect(nodes).toHaveLength(model.nodes.length + 1);
    expect(edges).toHaveLength(model.edges.length + 1);
    expect(nodes[0]!.slice(0, 3)).toEqual(["id", "label", "type"]);
    expect(edges[0]!.slice(0, 6)).toEqual(["id", "source", "target", "source_label", "target_label", "relation"]);
    const edge = model.edges.find((e) => e.source === pbc.id)!;
    expect(edges.find((r) => r[0] === edge.id)!.slice(3, 5)).toEqual([
      pbc.label,
      model.nodes.find((n) => n.id === edge.target)!.label,
    ]);
    const row = nodes.find((r) => r[0] === pbc.id)!;
    expect(row.slice(1, 3)).toEqual([pbc.label, pbc.type]);
    expect(nodes.every((r) => r.length === nodes[0]!.length)).toBe(true);
  });

  it("the citations behind the selection as numbered quotations with source and paragraph", async () => {
    const file = await exportFile(page, { format: "Citations (Markdown)", scope: "Current view" });
    expect(file.name).toBe("briefgraph-peacebuilding-commission-citations.md");
    const text = readFileSync(file.path, "utf8");
    expect(text.startsWith("# Citations: Peacebuilding Commission\n")).toBe(true);
    // Numbered from 1, each quotation once (overlapping ones merged), its citation a link to its passage here.
    const numbered = text.split("\n").filter((line) => /^\d+\. “/.test(line));
    expect(numbered.map((line) => Number(line.split(".")[0]))).toEqual(numbered.map((_, i) => i + 1));
    const cited = numbered.map((line) => {
      const [, quote, label, link] = /^\d+\. “(.*)” \(\[(.+)\]\(<(.+)>\)\)$/.exec(line) ?? [];
      return { quote, label, link: new URL(link!) };
    });
    for (const { label, link } of cited) {
      expect(label).toMatch(/^(Brief|Web summary), /);
      expect(link.searchParams.get("node")).toBe(pbc.id);
      expect(link.searchParams.get("passage")).toMatch(/^[a-z-]+:\d+-\d+$/);
    }
    // Every quotation of the selected node is among them, whole or inside a merged one, with its passage.
    for (const excerpt of pbc.excerpts) {
      const label = `${sources.get(excerpt.source)!.shortTitle}, ${excerpt.passage}`;
      expect(cited.some((c) => c.quote!.includes(plainQuote(excerpt.quote)) && c.label === label)).toBe(true);
    }
    expect(cited.length).toBeGreaterThan(pbc.excerpts.length);
    expect(new Set(cited.map((c) => c.quote)).size).toBe(cited.length);
    expect(text).toContain("## Sources");
    expect(text.trimEnd().split("\n").at(-1)).toMatch(
      /^\[Open this view in briefgraph\]\(<.+node=peacebuilding-commission.*>\)$/,
    );
    expect(errors).toEqual([]);
  });
});
