/**
 * How excerpts are cited: the short label a reader sees ("Brief, insight 9") and the full citation copied with
 * a quotation. Quotes keep the source's `**bold**` markers verbatim; these helpers decide how they are shown.
 */
import type { Excerpt, SourceInfo } from "./schema";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "2017-02-24" → "24 February 2017", the same in every locale. */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split("-").map(Number);
  return `${day} ${MONTHS[(month ?? 1) - 1] ?? ""} ${year}`;
}

/** The short citation shown under a quotation: "Brief, insight 9". */
export function citationLabel(excerpt: Excerpt, source: SourceInfo | undefined): string {
  return `${source?.shortTitle ?? excerpt.source}, ${excerpt.passage}`;
}

/** A quote without the source's emphasis markers. */
export function plainQuote(quote: string): string {
  return quote.replaceAll("**", "");
}

/** The quotation with its full citation, as copied to the clipboard. */
export function citationText(excerpt: Excerpt, source: SourceInfo | undefined): string {
  const quote = `“${plainQuote(excerpt.quote)}”`;
  if (!source) return `${quote} (${excerpt.source}, ${excerpt.passage})`;
  return `${quote} (${source.publisher}, ${source.title}, ${formatDate(source.date)}, ${excerpt.passage})`;
}

export interface EmphasisRun {
  text: string;
  strong: boolean;
}

/** Splits text at `**` markers into plain and emphasised runs; an unpaired marker is kept as text. */
export function splitEmphasis(text: string): EmphasisRun[] {
  const parts = text.split("**");
  // An even number of parts means one marker has no partner: glue the last part back on as plain text.
  if (parts.length % 2 === 0) {
    const last = parts.pop() ?? "";
    parts[parts.length - 1] = `${parts[parts.length - 1] ?? ""}**${last}`;
  }
  return parts.map((t, i) => ({ text: t, strong: i % 2 === 1 })).filter((r) => r.text !== "");
}
