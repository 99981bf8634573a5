/**
 * The citations behind a selection or a view, as Markdown ready to paste into a report: numbered quotations
 * with source and passage, then the full references once.
 */
import { citationLabel, formatDate, plainQuote } from "../sources/citation";
import type { Excerpt, GraphModel, SourceInfo } from "../brief/schema";
import { RELATION_INFO } from "../brief/vocabulary";

/** Escapes the characters Markdown would otherwise read as formatting inside a quotation. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, "\\$1");
}

/** A source's full reference, as listed once at the end: "- Brief: International Peace Institute, _…_, 24 February 2017." */
export function referenceLine(s: SourceInfo): string {
  return `- ${escapeMarkdown(s.shortTitle)}: ${escapeMarkdown(s.publisher)}, _${escapeMarkdown(s.title)}_, ${formatDate(s.date)}.`;
}

/** Markdown citations for the given node and edge ids, in model order; the same excerpt is quoted once. */
export function citationsMarkdown(model: GraphModel, ids: ReadonlySet<string>, heading: string): string {
  const sources = new Map(model.sources.map((s) => [s.id, s]));
  const labels = new Map(model.nodes.map((n) => [n.id, n.label]));
  const seen = new Set<string>();
  const usedSources = new Set<string>();
  const lines = [`# ${escapeMarkdown(heading)}`, ""];
  let number = 0;
  const cite = (subject: string, excerpts: readonly Excerpt[]) => {
    const fresh = excerpts.filter((e) => !seen.has(`${e.source}:${e.start}:${e.end}`));
    if (fresh.length === 0) return;
    lines.push(`## ${escapeMarkdown(subject)}`, "");
    for (const e of fresh) {
      seen.add(`${e.source}:${e.start}:${e.end}`);
      usedSources.add(e.source);
      number += 1;
      lines.push(
        `${number}. “${escapeMarkdown(plainQuote(e.quote))}” (${escapeMarkdown(citationLabel(e, sources.get(e.source)))})`,
      );
    }
    lines.push("");
  };
  for (const node of model.nodes) if (ids.has(node.id)) cite(node.label, node.excerpts);
  for (const edge of model.edges) {
    if (!ids.has(edge.id)) continue;
    cite(
      `${labels.get(edge.source) ?? edge.source} — ${RELATION_INFO[edge.relation].label} — ${labels.get(edge.target) ?? edge.target}`,
      edge.excerpts,
    );
  }
  lines.push("## Sources", "");
  for (const s of model.sources.filter((source) => usedSources.has(source.id))) lines.push(referenceLine(s));
  return `${lines.join("\n")}\n`;
}
