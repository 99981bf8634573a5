/**
 * A count with thousands separators ("12,345"), as `toLocaleString("en")` writes it. Not that call: its first
 * use loads the browser's locale data, tens of milliseconds on the start-up path that shows the graph (the
 * overview prints the node and edge counts).
 */
export function formatCount(count: number): string {
  return String(Math.round(count)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** A size in megabytes with one decimal ("3.2 MB"), as file limits are stated. */
export function formatMegabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
