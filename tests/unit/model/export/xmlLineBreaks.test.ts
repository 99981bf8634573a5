// Line breaks in exported attributes: GEXF keeps excerpts (one per line) in XML attributes, where a parser turns
// a raw line break into a space; read back by networkx (Debian's python3-networkx). Fixture: the small model.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { excerptsText } from "../../../../src/model/export/attributes";
import { toGexf } from "../../../../src/model/export/gexf";
import { escapeXml } from "../../../../src/model/export/xml";
import { smallModel } from "../brief/brokenModels";
import { makeTempDir, removeTempDirs } from "../../../support/tempDirs";

afterAll(removeTempDirs);

describe("line breaks in XML exports", () => {
  it("are written as character references", () => {
    expect(escapeXml("a\nb\r\nc\td")).toBe("a&#10;b&#13;&#10;c&#9;d");
  });

  it("survive in GEXF attributes read by networkx", () => {
    const model = structuredClone(smallModel());
    const node = model.nodes[0]!;
    node.excerpts.push({ ...node.excerpts[0]! });
    const path = join(makeTempDir("briefgraph-gexf-"), "graph.gexf");
    writeFileSync(path, toGexf(model));
    const out = execFileSync("/usr/bin/python3", ["tests/support/readWithNetworkx.py", path, "gexf"], {
      encoding: "utf8",
    });
    const parsed = JSON.parse(out) as { nodes: Record<string, { excerpts: string }> };
    const sources = new Map(model.sources.map((s) => [s.id, s]));
    expect(parsed.nodes[node.id]!.excerpts).toBe(excerptsText(node.excerpts, sources));
    expect(parsed.nodes[node.id]!.excerpts).toContain("\n");
  });
});
