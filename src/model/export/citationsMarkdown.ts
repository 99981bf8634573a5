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

/** Where citations lead back to: each quotation's passage, and the view they were exported from. */
export interface CitationLinks {
  passage: (ref: { source: string; start: number; end: number }) => string;
  view: string;
}

/** A run of a source's text quoted once: overlapping excerpts of it, merged. */
interface Span {
  source: string;
  start: number;
  end: number;
  passage: string;
}

/**
 * The spans to quote: per source, excerpts that overlap (not merely touch) merged into one. Without the
 * source's text, a merged quote could not be given verbatim, so only identical excerpts are merged then.
 */
function mergedSpans(excerpts: readonly Excerpt[], texts?: ReadonlyMap<string, string>): Span[] {
  const spans: Span[] = [];
  const sorted = [...excerpts].toSorted((a, b) => a.source.localeCompare(b.source) || a.start - b.start);
  for (const e of sorted) {
    const last = spans.at(-1);
    const overlaps =
      last !== undefined &&
      last.source === e.source &&
      (texts?.has(e.source) ? e.start < last.end : e.start === last.start && e.end === last.end);
    if (overlaps) last.end = Math.max(last.end, e.end);
    else spans.push({ source: e.source, start: e.start, end: e.end, passage: e.passage });
  }
  return spans;
}

/**
 * Markdown citations for the given node and edge ids, in model order. A quotation is given once: excerpts
 * that overlap are merged into one quotation of the source's own words (`texts`), under the first node or edge
 * that cites it. With `links`, each citation links to its passage and the list ends with a link to the view.
 */
export function citationsMarkdown(
  model: GraphModel,
  ids: ReadonlySet<string>,
  heading: string,
  texts?: ReadonlyMap<string, string>,
  links?: CitationLinks,
): string {
  const sources = new Map(model.sources.map((s) => [s.id, s]));
  const labels = new Map(model.nodes.map((n) => [n.id, n.label]));
  const subjects: Array<{ subject: string; excerpts: readonly Excerpt[] }> = [
    ...model.nodes.filter((n) => ids.has(n.id)).map((n) => ({ subject: n.label, excerpts: n.excerpts })),
    ...model.edges
      .filter((e) => ids.has(e.id))
      .map((e) => ({
        subject: `${labels.get(e.source) ?? e.source} — ${RELATION_INFO[e.relation].label} — ${labels.get(e.target) ?? e.target}`,
        excerpts: e.excerpts,
      })),
  ];
  const spans = mergedSpans(
    subjects.flatMap((s) => s.excerpts),
    texts,
  );
  const spanOf = (e: Excerpt) => spans.find((s) => s.source === e.source && s.start <= e.start && e.end <= s.end)!;
  const quoted = new Set<Span>();
  const usedSources = new Set<string>();
  const lines = [`# ${escapeMarkdown(heading)}`, ""];
  for (const { subject, excerpts } of subjects) {
    const fresh = [...new Set(excerpts.map(spanOf))].filter((span) => !quoted.has(span));
    if (fresh.length === 0) continue;
    lines.push(`## ${escapeMarkdown(subject)}`, "");
    for (const span of fresh) {
      quoted.add(span);
      usedSources.add(span.source);
      const text =
        texts?.get(span.source)?.slice(span.start, span.end) ?? excerpts.find((e) => spanOf(e) === span)!.quote;
      const label = escapeMarkdown(citationLabel(span, sources.get(span.source)));
      const cite = links ? `[${label}](<${links.passage(span)}>)` : label;
      lines.push(`${quoted.size}. “${escapeMarkdown(plainQuote(text))}” (${cite})`);
    }
    lines.push("");
  }
  lines.push("## Sources", "");
  for (const s of model.sources.filter((source) => usedSources.has(source.id))) lines.push(referenceLine(s));
  if (links) lines.push("", `[Open this view in briefgraph](<${links.view}>)`);
  return `${lines.join("\n")}\n`;
}
