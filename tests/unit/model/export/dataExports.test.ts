// Data exports of the small fixture model (real brief quotes), read back by an independent parser (Debian's networkx).
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { edgesCsv, nodesCsv, csvField } from "../../../../src/model/export/csv";
import { citationsMarkdown } from "../../../../src/model/export/citationsMarkdown";
import { excerptsText, type Visuals } from "../../../../src/model/export/attributes";
import { toGexf } from "../../../../src/model/export/gexf";
import { toGraphML } from "../../../../src/model/export/graphml";
import { escapeXml } from "../../../../src/model/export/xml";
import { RELATION_INFO } from "../../../../src/model/brief/vocabulary";
import { smallModel } from "../brief/brokenModels";
import { makeTempDir, removeTempDirs } from "../../../support/tempDirs";

afterAll(removeTempDirs);

const model = smallModel();
const sources = new Map(model.sources.map((s) => [s.id, s]));

interface Parsed {
  directed: boolean;
  nodes: Record<string, Record<string, unknown>>;
  edges: Array<Record<string, unknown>>;
}

/** Writes the document to a temp file and asks networkx what it holds. */
function readBack(text: string, kind: "graphml" | "gexf"): Parsed {
  const path = join(makeTempDir("briefgraph-export-"), `graph.${kind}`);
  writeFileSync(path, text);
  const out = execFileSync("/usr/bin/python3", ["tests/support/readWithNetworkx.py", path, kind], { encoding: "utf8" });
  return JSON.parse(out) as Parsed;
}

/** A colour and size per node, as the export dialog passes them: a stand-in look. */
const visuals: Visuals = (node) => ({
  color: node.type === "un-body" ? "#332288" : "#88ccee",
  size: node.id.length * 10,
});
const mutual = model.edges.filter((e) => e.relation === "coordinates-with");

describe("GraphML and GEXF, read by networkx", () => {
  it.each(["graphml", "gexf"] as const)("%s keeps every node and edge with its attributes", (kind) => {
    const parsed = readBack(kind === "graphml" ? toGraphML(model, visuals) : toGexf(model, visuals), kind);
    expect(parsed.directed).toBe(true);
    expect(Object.keys(parsed.nodes).toSorted()).toEqual(model.nodes.map((n) => n.id).toSorted());
    // GEXF's mutual edges are read as one each way; GraphML says so in an attribute.
    expect(mutual).toHaveLength(1);
    expect(parsed.edges).toHaveLength(model.edges.length + (kind === "gexf" ? mutual.length : 0));
    for (const node of model.nodes) {
      expect(parsed.nodes[node.id]).toMatchObject({
        label: node.label,
        type: node.type,
        description: node.description,
        excerpts: excerptsText(node.excerpts, sources),
      });
    }
    for (const edge of model.edges) {
      const found = parsed.edges.find((e) => e.source === edge.source && e.target === edge.target);
      expect(found).toMatchObject({
        relation: edge.relation,
        label: RELATION_INFO[edge.relation].label,
        excerpts: excerptsText(edge.excerpts, sources),
        ...(kind === "graphml" ? { directed: String(edge.relation !== "coordinates-with") } : {}),
      });
    }
  });

  it("GEXF carries each node's colour, size and position for Gephi", () => {
    const placed = structuredClone(model);
    placed.nodes.forEach((n, i) => (n.position = { x: i * 100, y: 40 }));
    const parsed = readBack(toGexf(placed, visuals), "gexf");
    expect(parsed.nodes.pbc?.viz).toEqual({
      color: { r: 0x33, g: 0x22, b: 0x88, a: 1 },
      size: 30,
      position: { x: 0, y: -40, z: 0 },
    });
    expect(parsed.nodes["cote-d-ivoire"]?.viz).toMatchObject({ color: { r: 0x88, g: 0xcc, b: 0xee } });
  });

  it("GraphML carries each node's colour and size as attributes", () => {
    const parsed = readBack(toGraphML(model, visuals), "graphml");
    expect(parsed.nodes.pbc).toMatchObject({ color: "#332288", size: 30 });
  });

  it("escapes markup and drops characters XML cannot hold, so a hostile label cannot break the file", () => {
    const hostile = structuredClone(model);
    hostile.nodes[0]!.label = '<script>alert("x")</script> & \u0001';
    const parsed = readBack(toGraphML(hostile), "graphml");
    expect(parsed.nodes.pbc?.label).toBe('<script>alert("x")</script> & ');
    expect(escapeXml(`'"<>&`)).toBe("&apos;&quot;&lt;&gt;&amp;");
  });
});

describe("CSV", () => {
  it("writes a header and one row per node or edge, quoting fields with commas and quotes", () => {
    const nodeLines = nodesCsv(model).trimEnd().split("\r\n");
    expect(nodeLines[0]).toBe("id,label,type,type_label,aliases,description,excerpts,group,x,y");
    expect(nodeLines).toHaveLength(model.nodes.length + 1);
    expect(nodeLines[1]).toBe(
      'pbc,Peacebuilding Commission,un-body,UN body,PBC,A UN body the brief wants to play a more proactive role.,"“There should be a more proactive and flexible role for the Peacebuilding Commission in prevention and sustaining peace.” (Brief, insight 9)",,,',
    );
    const edgeLines = edgesCsv(model).split("\r\n");
    expect(edgeLines[0]).toBe("id,source,target,source_label,target_label,relation,label,excerpts,note,directed");
    expect(edgeLines[1]).toMatch(
      /^pbc-coordinates-with-pbf,pbc,pbf,Peacebuilding Commission,Peacebuilding Fund,coordinates-with,.*,false$/,
    );
    expect(nodesCsv(model, visuals).split("\r\n")[0]).toBe(
      "id,label,type,type_label,aliases,description,excerpts,group,x,y,color,size",
    );
  });

  it.each([
    ['say "hi"', '"say ""hi"""'],
    ["a,b", '"a,b"'],
    ["=HYPERLINK(1)", "'=HYPERLINK(1)"],
    [-3, "-3"],
    [undefined, ""],
  ])("field %j is written as %s", (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe("citations as Markdown", () => {
  it("numbers each quotation once, with its source and passage, then lists the sources", () => {
    expect(
      citationsMarkdown(model, new Set(["pbc", "pbc-coordinates-with-pbf", "pbf"]), "Peacebuilding Commission"),
    ).toBe(
      [
        "# Peacebuilding Commission",
        "",
        "## Peacebuilding Commission",
        "",
        "1. “There should be a more proactive and flexible role for the Peacebuilding Commission in prevention and sustaining peace.” (Brief, insight 9)",
        "",
        "## Peacebuilding Fund",
        "",
        "2. “Communication and coordination between the Peacebuilding Commission and the Peacebuilding Fund should also be strengthened.” (Brief, insight 9)",
        "",
        "## Sources",
        "",
        "- Brief: International Peace Institute, _Conversations on Prevention for Sustaining Peace: The Restoration and Extension of State Authority in Peace Operations_, 24 February 2017.",
        "",
      ].join("\n"),
    );
  });

  it("merges overlapping quotations into one of the source's own words, cited once, with links back", () => {
    const text = readFileSync(
      fileURLToPath(new URL("../../../../graph-data/sources/brief.txt", import.meta.url)),
      "utf8",
    );
    const overlapping = structuredClone(model);
    const pbc = overlapping.nodes.find((n) => n.id === "pbc")!.excerpts[0]!;
    // The Fund's quotation starts inside the Commission's and runs past it.
    const [start, end] = [pbc.start + 40, pbc.end + 30];
    overlapping.nodes.find((n) => n.id === "pbf")!.excerpts = [
      { source: "brief", start, end, quote: text.slice(start, end), passage: pbc.passage },
    ];
    const links = {
      passage: (ref: { source: string; start: number; end: number }) =>
        `https://example.org/?passage=${ref.source}:${ref.start}-${ref.end}`,
      view: "https://example.org/?node=pbc",
    };
    const markdown = citationsMarkdown(overlapping, new Set(["pbc", "pbf"]), "Both", new Map([["brief", text]]), links);
    const merged = text.slice(pbc.start, end).replaceAll("**", "");
    expect(markdown.split("\n").filter((line) => /^\d+\. /.test(line))).toEqual([
      `1. “${merged}” ([Brief, insight 9](<https://example.org/?passage=brief:${pbc.start}-${end}>))`,
    ]);
    expect(markdown).not.toContain("## Peacebuilding Fund");
    expect(markdown.trimEnd().split("\n").at(-1)).toBe(
      "[Open this view in briefgraph](<https://example.org/?node=pbc>)",
    );
  });
});
