/**
 * How much of each source the model cites. A sentence counts as cited when excerpts cover at least half of
 * its characters: a quote of a key clause cites its sentence, a stray shared word does not.
 */
import { splitSentences, type TextRange } from "./passages";
import type { ValidGraph } from "../brief/validate";

const CITED_FRACTION = 0.5;

export interface SentenceCoverage extends TextRange {
  passage: string;
  cited: boolean;
}

export interface SourceCoverage {
  sourceId: string;
  sentences: SentenceCoverage[];
  cited: number;
  total: number;
  /** cited / total, 0 to 1. */
  ratio: number;
}

/** Every excerpt range of the model, grouped by source id. */
function excerptRanges(graph: ValidGraph): Map<string, TextRange[]> {
  const ranges = new Map<string, TextRange[]>();
  for (const item of [...graph.model.nodes, ...graph.model.edges]) {
    for (const excerpt of item.excerpts) {
      const list = ranges.get(excerpt.source) ?? [];
      list.push({ start: excerpt.start, end: excerpt.end });
      ranges.set(excerpt.source, list);
    }
  }
  return ranges;
}

/** Per source, which sentences the model's excerpts cite. */
export function computeCoverage(graph: ValidGraph): SourceCoverage[] {
  const ranges = excerptRanges(graph);
  return graph.model.sources.map((source) => {
    const text = graph.texts.get(source.id) ?? "";
    const covered = new Uint8Array(text.length);
    for (const r of ranges.get(source.id) ?? []) covered.fill(1, r.start, r.end);
    const sentences = (graph.passages.get(source.id) ?? []).flatMap((passage) =>
      splitSentences(text, passage).map((s) => {
        let count = 0;
        for (let i = s.start; i < s.end; i++) count += covered[i] ?? 0;
        return { ...s, passage: passage.name, cited: count >= (s.end - s.start) * CITED_FRACTION };
      }),
    );
    const cited = sentences.filter((s) => s.cited).length;
    return {
      sourceId: source.id,
      sentences,
      cited,
      total: sentences.length,
      ratio: sentences.length ? cited / sentences.length : 1,
    };
  });
}
