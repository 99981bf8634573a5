/**
 * npm run size: the start-up bundle budget, checked on the production build (run `npm run build` first).
 * What counts as start-up code is defined in scripts/lib/bundleSize.ts. Exits 1 when a budget is exceeded.
 */
import { startupSizes } from "./lib/bundleSize";

let failed = false;
for (const size of startupSizes("dist")) {
  failed ||= !size.pass;
  console.log(
    `${size.pass ? "PASS" : "FAIL"}  start-up ${size.kind.toUpperCase()}: ${size.totalKb.toFixed(1)} kB gzip (budget ${size.budgetKb} kB)`,
  );
  for (const r of size.files) console.log(`        ${r.kb.toFixed(1).padStart(6)} kB  ${r.file}`);
}
process.exit(failed ? 1 : 0);
