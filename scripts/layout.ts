/**
 * npm run layout [model.json]: computes positions for every node (the argument read left to right, logistics
 * along the bottom: model/layout/argumentLayout.ts; deterministic, so the same model always gives the same
 * picture) and stores them in the model, so the app draws the graph without running a layout at start-up.
 */
import { argumentLayout } from "../src/model/layout/argumentLayout";
import { DEFAULT_MODEL, loadModelFile, reportIssues, writeJson } from "./lib/modelFile";
import { readFileSync } from "node:fs";

const modelPath = process.argv[2] ?? DEFAULT_MODEL;
const result = loadModelFile(modelPath);
if (!result.ok) {
  reportIssues(modelPath, result);
  process.exit(1);
}
const started = performance.now();
const positions = argumentLayout(result.graph.model);
// Rewrite the file as the curator wrote it, changing nothing but positions.
const raw = JSON.parse(readFileSync(modelPath, "utf8")) as { nodes: Array<{ id: string; position?: unknown }> };
for (const node of raw.nodes) node.position = positions.get(node.id);
await writeJson(modelPath, raw);
console.log(`${modelPath}: positions for ${positions.size} nodes in ${Math.round(performance.now() - started)} ms.`);
