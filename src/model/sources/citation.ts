/**
 * How excerpts are cited: the short label a reader sees ("Brief, insight 9") and the full citation copied with
 * a quotation. Quotes keep the source's `**bold**` markers verbatim; these helpers decide how they are shown.
 */
import type { Excerpt, SourceInfo } from "../brief/schema";

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
export function citationLabel(excerpt: Pick<Excerpt, "source" | "passage">, source: SourceInfo | undefined): string {
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

/**
 * Splits a quote at its `**` markers into plain and emphasised runs. Each marker switches emphasis, starting
 * emphasised when the quote begins inside the source's emphasis (`startsStrong`, see emphasisedAt): a quote
 * can begin or end within a bold span, and then one of its markers has its partner outside the quote.
 */
export function splitEmphasis(text: string, startsStrong = false): EmphasisRun[] {
  const first = startsStrong ? 1 : 0;
  return text
    .split("**")
    .map((t, i) => ({ text: t, strong: (i + first) % 2 === 1 }))
    .filter((r) => r.text !== "");
}

/** Where the `**` markers lying wholly within [start, end) of `text` begin, in order. */
export function emphasisMarkers(text: string, start = 0, end = text.length): number[] {
  const found: number[] = [];
  for (let at = text.indexOf("**", start); at !== -1 && at + 2 <= end; at = text.indexOf("**", at + 2)) found.push(at);
  return found;
}

/** Where each source's `**` markers start, per set of texts: found once, then searched. */
const markersBySource = new WeakMap<ReadonlyMap<string, string>, Map<string, readonly number[]>>();

function markersOf(texts: ReadonlyMap<string, string>, source: string): readonly number[] {
  let bySource = markersBySource.get(texts);
  if (!bySource) markersBySource.set(texts, (bySource = new Map()));
  let markers = bySource.get(source);
  if (!markers) bySource.set(source, (markers = emphasisMarkers(texts.get(source) ?? "")));
  return markers;
}

/**
 * Whether `offset` in the text of `source` lies inside its `**…**` emphasis: an odd number of markers before
 * it. Found by binary search, since the list view asks it for every excerpt of a graph of 20,000 nodes.
 */
export function emphasisedAt(texts: ReadonlyMap<string, string>, source: string, offset: number): boolean {
  const markers = markersOf(texts, source);
  let [lo, hi] = [0, markers.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (markers[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo % 2 === 1;
}
