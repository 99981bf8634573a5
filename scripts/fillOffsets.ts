/**
 * npm run offsets [model.json]: curators write quotes; this fills in or repairs each excerpt's `start`, `end`
 * and `passage`. A quote that matches only after folding typographic quotes, dashes, accents or whitespace
 * is replaced by the source's exact words, and reported. A quote that occurs more than once is anchored
 * near its current offsets. Quotes that cannot be found are left for `npm run validate` to explain.
 */
import { readFileSync } from "node:fs";
import { findAll, findNormalised } from "../src/model/sources/excerpts";
import { passageAt, splitPassages } from "../src/model/sources/passages";
import type { Excerpt, GraphModel } from "../src/model/brief/schema";
import { DEFAULT_MODEL, fileReader, writeJson } from "./lib/modelFile";

const modelPath = process.argv[2] ?? DEFAULT_MODEL;
const model = JSON.parse(readFileSync(modelPath, "utf8")) as GraphModel;
const read = fileReader(modelPath);
const sources = new Map(
  model.sources.map((s) => {
    const text = s.text ?? read(s) ?? "";
    return [s.id, { text, passages: splitPassages(text, s.bulletName) }];
  }),
);

let repaired = 0;
let missing = 0;
function anchor(excerpt: Partial<Excerpt>, where: string): void {
  const source = sources.get(excerpt.source ?? "");
  if (!source || !excerpt.quote) return;
  let hits = findAll(source.text, excerpt.quote);
  if (hits.length === 0) {
    const near = findNormalised(source.text, excerpt.quote);
    if (!near) {
      missing++;
      console.warn(`${where}: quote not found in \`${excerpt.source}\`; npm run validate shows the closest passage.`);
      return;
    }
    const exact = source.text.slice(near.start, near.end);
    console.log(`${where}: quote replaced by the source's exact words: "${exact}"`);
    excerpt.quote = exact;
    hits = [near.start];
  }
  const previous = excerpt.start ?? 0;
  const start = hits.reduce((best, at) => (Math.abs(at - previous) < Math.abs(best - previous) ? at : best));
  const end = start + excerpt.quote.length;
  const passage = passageAt(source.passages, { start, end })?.name ?? excerpt.passage ?? "";
  if (excerpt.start !== start || excerpt.end !== end || excerpt.passage !== passage) repaired++;
  Object.assign(excerpt, { start, end, passage });
}

for (const [kind, items] of [
  ["nodes", model.nodes],
  ["edges", model.edges],
] as const) {
  items.forEach((item, i) => item.excerpts.forEach((excerpt, j) => anchor(excerpt, `${kind}[${i}].excerpts[${j}]`)));
}
// Keep key order stable: source, quote, start, end, passage.
for (const item of [...model.nodes, ...model.edges]) {
  item.excerpts = item.excerpts.map(({ source, quote, start, end, passage }) => ({
    source,
    quote,
    start,
    end,
    passage,
  }));
}
await writeJson(modelPath, model);
console.log(`${modelPath}: ${repaired} excerpt${repaired === 1 ? "" : "s"} anchored, ${missing} not found.`);
