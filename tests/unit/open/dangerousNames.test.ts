// Models whose node ids, source ids and source file names are drawn from the names every plain object answers
// to (`constructor`, `toString`, `__proto__`…), then random slugs, go through the reader's path: the load
// worker's code (fetching source files by link, validating, laying out what has no position), then the
// canvas's elements in Cytoscape and every layout a reader can pick. Each is drawn with every node in place, or
// refused with messages; never a crash, a hang or a node left out.
import cytoscape from "cytoscape";
import * as fc from "fast-check";
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { answerLoad, type WorkerReply } from "../../../src/open/loadReplies";
import { joinGraph } from "../../../src/model/file/graphParts";
import { toElements } from "../../../src/graph/elements";
import { layoutOptions, splitForPreset } from "../../../src/graph/layout/layouts";
import { LAYOUT_NAMES } from "../../../src/model/view/viewState";
import type { GraphModel } from "../../../src/model/brief/schema";
import { smallModel } from "../model/brief/brokenModels";

const DANGEROUS = [
  "constructor",
  "toString",
  "tostring",
  "hasOwnProperty",
  "valueOf",
  "valueof",
  "prototype",
  "__proto__",
  "isPrototypeOf",
  "propertyIsEnumerable",
  "toLocaleString",
  "__defineGetter__",
  "__lookupSetter__",
];
const name = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom(...DANGEROUS) },
  { weight: 2, arbitrary: fc.stringMatching(/^[a-z][a-z0-9]{0,8}(?:-[a-z0-9]{1,6})?$/) },
);

const base = smallModel();
const sourceText = readFileSync(new URL("../../../graph-data/sources/brief.txt", import.meta.url), "utf8");

interface Case {
  nodeIds: string[];
  sourceId: string;
  /** A file name to fetch the source from, by link; null for the text inline. */
  file: string | null;
  /** Whether the site has that file: a missing one must be refused, not looked up as a property. */
  served: boolean;
  placed: boolean;
}

const cases = fc.record<Case>({
  nodeIds: fc.array(name, { minLength: base.nodes.length, maxLength: base.nodes.length }),
  sourceId: name,
  file: fc.option(name, { nil: null }),
  served: fc.boolean(),
  placed: fc.boolean(),
});

/** The small model with the case's names, as a reader's file. */
function modelFor({ nodeIds, sourceId, file, placed }: Case): GraphModel {
  const rename = new Map(base.nodes.map((n, i) => [n.id, nodeIds[i]!]));
  const [source] = base.sources;
  return {
    ...base,
    sources: [{ ...source!, id: sourceId, ...(file === null ? { text: sourceText, file: undefined } : { file }) }],
    nodes: base.nodes.map((n, i) => ({
      ...n,
      id: rename.get(n.id)!,
      excerpts: n.excerpts.map((x) => ({ ...x, source: sourceId })),
      ...(placed ? { position: { x: i * 120, y: (i % 2) * 80 } } : {}),
    })),
    edges: base.edges.map((e) => ({
      ...e,
      source: rename.get(e.source)!,
      target: rename.get(e.target)!,
      excerpts: e.excerpts.map((x) => ({ ...x, source: sourceId })),
    })),
  };
}

/** What the load worker answers for `model`, as a file or by link (its source file served by a stand-in site). */
async function load(model: GraphModel, byLink: boolean, served: boolean): Promise<WorkerReply[]> {
  vi.stubGlobal("fetch", async () => new Response(served ? sourceText : "", { status: served ? 200 : 404 }));
  const replies: WorkerReply[] = [];
  const bytes = new TextEncoder().encode(JSON.stringify(model));
  await answerLoad({ bytes, ...(byLink ? { baseUrl: "https://example.org/models/m.json" } : {}) }, (reply) =>
    replies.push(reply),
  );
  return replies;
}

/** Draws `model` as the canvas does, then runs every layout; returns each node's place after each. */
async function draw(model: GraphModel): Promise<Array<Map<string, { x: number; y: number }>>> {
  const cy = cytoscape({ headless: true, styleEnabled: true });
  cy.add(toElements(model));
  expect(cy.nodes().length).toBe(model.nodes.length);
  expect(model.nodes.filter((n) => cy.getElementById(n.id).empty())).toEqual([]);
  const places = [];
  // Each layout starts from nowhere, and the curated one runs last: a node a layout failed to place stays there.
  for (const layout of [...LAYOUT_NAMES.filter((l) => l !== "shipped"), "shipped" as const]) {
    cy.nodes().positions(() => ({ ...NOWHERE }));
    const options = await layoutOptions(layout, cy, model, false);
    const { eles, placeApart } = splitForPreset(cy, options);
    eles.layout({ ...options, animate: false, fit: false } as typeof options).run();
    placeApart(false, 0);
    places.push(new Map(model.nodes.map((n) => [n.id, { ...cy.getElementById(n.id).position() }])));
  }
  cy.destroy();
  return places;
}

const NOWHERE = { x: -99_999, y: -99_999 };

afterEach(() => vi.unstubAllGlobals());

describe("models named with an object's own property names", () => {
  it("are drawn with every node in place, or refused with messages", async () => {
    await fc.assert(
      fc.asyncProperty(cases, async (c) => {
        const model = modelFor(c);
        const replies = await load(model, c.file !== null, c.served);
        const done = replies.at(-1);
        expect(replies.filter((r) => r.type === "failed")).toEqual([]);
        if (done?.type !== "done") throw new Error(`the worker ended with ${done?.type}`);
        if (!done.result.ok) {
          expect(done.result.issues.length).toBeGreaterThan(0);
          for (const issue of done.result.issues) expect(issue.message && issue.fix).toMatch(/\w/);
          return;
        }
        const parts = replies.flatMap((r) => (r.type === "part" ? [r.part] : []));
        const opened = joinGraph(done.result.graph, parts).model;
        expect(opened.nodes.map((n) => n.id)).toEqual(model.nodes.map((n) => n.id));
        const places = await draw(opened);
        for (const place of places)
          for (const [id, at] of place) {
            expect([id, Number.isFinite(at.x) && Number.isFinite(at.y)]).toEqual([id, true]);
            expect([id, at]).not.toEqual([id, NOWHERE]);
          }
        // The curated layout puts each node where the model says, `constructor` too.
        const shipped = places.at(-1)!;
        if (c.placed) for (const n of opened.nodes) expect(shipped.get(n.id)).toEqual(n.position);
      }),
      {
        numRuns: 100,
        // The names that broke the app before, first: as ids and as a source file, with and without positions.
        examples: [true, false].map((placed): [Case] => [
          {
            nodeIds: ["constructor", "valueof", "tostring", "prototype"],
            sourceId: "constructor",
            file: "constructor",
            served: placed,
            placed,
          },
        ]),
      },
    );
  });
});
