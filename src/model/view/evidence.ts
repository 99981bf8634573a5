/** The evidence filter (model/query/visibility.ts) as a link writes it and as the page names it. */
import type { SourceInfo } from "../brief/schema";
import type { EvidenceFilter } from "../query/visibility";

/** `in:brief`, `only:web-summary`, `every` or `disagree`: the value of `evidence=`. */
export const evidenceParam = (evidence: EvidenceFilter): string =>
  "source" in evidence ? `${evidence.kind}:${evidence.source}` : evidence.kind;

/** "what the brief says", "what only the brief says", "what every source says", "only where the sources disagree". */
export function evidenceWords(evidence: EvidenceFilter, sources: ReadonlyMap<string, SourceInfo>): string {
  if (evidence.kind === "disagree") return "only where the sources disagree";
  if (evidence.kind === "every") return "what every source says";
  const source = sources.get(evidence.source)?.shortTitle.toLowerCase() ?? "source";
  return `what ${evidence.kind === "only" ? "only " : ""}the ${source} says`;
}
