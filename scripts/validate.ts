/**
 * npm run validate [model.json]: checks a model file (schema, ids, edges, quotes verbatim at their offsets,
 * orphans) and prints per source the coverage figures and the sentences no excerpt cites.
 * Exits 1 on any problem.
 */
import { computeCoverage } from "../src/model/sources/coverage";
import { DEFAULT_MODEL, loadModelFile, reportIssues } from "./lib/modelFile";

const modelPath = process.argv[2] ?? DEFAULT_MODEL;
const result = loadModelFile(modelPath);
if (!result.ok) {
  reportIssues(modelPath, result);
  process.exit(1);
}

const { model, texts } = result.graph;
const excerptCount = [...model.nodes, ...model.edges].reduce((n, item) => n + item.excerpts.length, 0);
console.log(
  `${modelPath}: valid. ${model.nodes.length} nodes, ${model.edges.length} edges, ${excerptCount} excerpts.\n`,
);
for (const coverage of computeCoverage(result.graph)) {
  const percent = (coverage.ratio * 100).toFixed(1);
  console.log(`${coverage.sourceId}: ${coverage.cited} of ${coverage.total} sentences cited (${percent}%)`);
  const text = texts.get(coverage.sourceId) ?? "";
  for (const s of coverage.sentences.filter((x) => !x.cited)) {
    console.log(`  not cited, ${s.passage}: "${text.slice(s.start, s.end)}"`);
  }
}
