/**
 * The credit line drawn under an exported image: "Source: IPI Meeting Brief, 24 February 2017". Built from the
 * primary sources only (secondary ones summarise them), the way a figure caption cites: publisher, kind of
 * document, date. A publisher of three or more significant words is abbreviated to its initials ("International
 * Peace Institute" → "IPI"); shorter ones are kept whole. Kind "other" falls back to the source's short title.
 */
import { formatDate } from "../sources/citation";
import type { SourceInfo } from "../brief/schema";

const KIND_NAMES: Record<SourceInfo["kind"], string | null> = {
  "meeting-brief": "Meeting Brief",
  "web-summary": "Web Summary",
  report: "Report",
  article: "Article",
  other: null,
};

// Minor words are left out of initials: "Department of Peace Operations" → "DPO".
const MINOR_WORDS = new Set(["of", "for", "and", "the", "on", "in", "to", "a", "an", "at", "de", "la", "du"]);

/** "International Peace Institute" → "IPI"; publishers of one or two words are kept as they are. */
export function publisherShortName(publisher: string): string {
  const words = publisher.split(/\s+/).filter((w) => w && !MINOR_WORDS.has(w.toLowerCase()));
  if (words.length < 3) return publisher.trim();
  // An all-capitals word is an acronym already ("UN"): keep it whole.
  return words.map((w) => (w === w.toUpperCase() && w.length > 1 ? w : (w[0] ?? "").toUpperCase())).join("");
}

/** One source as cited in the credit line: "IPI Meeting Brief, 24 February 2017". */
export function creditFor(source: SourceInfo): string {
  const kind = KIND_NAMES[source.kind] ?? source.shortTitle;
  return `${publisherShortName(source.publisher)} ${kind}, ${formatDate(source.date)}`;
}

/** The whole credit line for a model's sources, primary ones first (or all, if none is marked primary). */
export function sourceLine(sources: readonly SourceInfo[]): string {
  const primary = sources.filter((s) => s.role === "primary");
  const cited = primary.length > 0 ? primary : sources;
  const credits = [...new Set(cited.map(creditFor))];
  return credits.length === 0 ? "" : `Source${credits.length > 1 ? "s" : ""}: ${credits.join("; ")}`;
}
