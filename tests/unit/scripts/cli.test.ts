// Runs the curators' commands as they would: `npm run validate` is `tsx scripts/validate.ts`.
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SMALL_MODEL_PATH } from "../model/brief/brokenModels";
import { makeTempDir, removeTempDirs } from "../../support/tempDirs";

afterAll(removeTempDirs);

const tsx = join("node_modules", ".bin", "tsx");

/** Copies the small fixture into a temp folder with the source beside it, so relative paths still resolve. */
function tempModel(edit: (json: string) => string): string {
  const dir = makeTempDir("briefgraph-");
  copyFileSync("graph-data/sources/brief.txt", join(dir, "brief.txt"));
  const json = readFileSync(SMALL_MODEL_PATH, "utf8").replace("../../../graph-data/sources/brief.txt", "brief.txt");
  const path = join(dir, "model.graph.json");
  writeFileSync(path, edit(json));
  return path;
}

describe("npm run validate", () => {
  it("prints counts and coverage, and exits 0 on a valid model", () => {
    const out = execFileSync(tsx, ["scripts/validate.ts", tempModel((j) => j)], { encoding: "utf8" });
    expect(out).toContain("valid. 4 nodes, 3 edges, 7 excerpts.");
    expect(out).toContain("brief: 4 of 28 sentences cited (14.3%)");
    expect(out).toContain('  not cited, insight 7: "The UN should **build partnerships with the private sector**');
  });

  it("fails on a one-character change to a quote, naming the file and the JSON path", () => {
    const path = tempModel((j) =>
      j.replace("Integrated reporting to the Security Council", "Integrated reporting to the Security Counsil"),
    );
    const run = spawnSync(tsx, ["scripts/validate.ts", path], { encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `${relative(process.cwd(), path)}: nodes[2].excerpts[0].quote: The quote is not in \`brief\`; closest passage: "Integrated reporting to the Security Council would be a step in the right direction."`,
    );
    expect(run.stderr).toContain("1 problem in");
  });
});

describe("npm run offsets", () => {
  it("repairs offsets and passages, and swaps a near-miss quote for the source's exact words", () => {
    const path = tempModel((j) =>
      j.replace("Côte D’Ivoire, and Haiti", "Cote D'Ivoire, and Haiti").replaceAll(/"start": \d+/g, '"start": 0'),
    );
    const out = execFileSync(tsx, ["scripts/fillOffsets.ts", path], { encoding: "utf8" });
    expect(out).toContain(
      'nodes[3].excerpts[0]: quote replaced by the source\'s exact words: "The impending drawdown of peace operations in Liberia, Côte D’Ivoire, and Haiti"',
    );
    expect(out).toContain("7 excerpts anchored, 0 not found.");
    expect(spawnSync(tsx, ["scripts/validate.ts", path]).status).toBe(0);
  });
});
