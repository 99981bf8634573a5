/** Medians, ranges and percentiles for benchmark samples, and the table row each figure becomes. */

/** The median of `values` (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = values.toSorted((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The nearest-rank percentile `p` (0–100) of `values`. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = values.toSorted((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export interface Budget {
  /** "max": the figure must not exceed the limit; "min": it must reach it. */
  kind: "max" | "min";
  limit: number;
  /** How the limit reads in the table, e.g. "≤ 1.25× floor". */
  text: string;
}

export interface Row {
  figure: string;
  unit: string;
  median: number;
  min: number;
  max: number;
  samples: number[];
  budget?: Budget;
  verdict: "PASS" | "FAIL" | "";
}

/** A table row from samples; with a budget, its verdict compares the median (or `value`, e.g. a p95). */
export function row(figure: string, unit: string, samples: number[], budget?: Budget, value?: number): Row {
  const med = value ?? median(samples);
  const pass = budget ? (budget.kind === "max" ? med <= budget.limit : med >= budget.limit) : true;
  return {
    figure,
    unit,
    median: med,
    min: Math.min(...samples),
    max: Math.max(...samples),
    samples,
    ...(budget ? { budget } : {}),
    verdict: budget ? (pass ? "PASS" : "FAIL") : "",
  };
}

const fmt = (n: number) => (Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(2));

/** Prints rows as a fixed-width table: figure, median, range, budget, verdict. */
export function printTable(rows: readonly Row[]): void {
  const lines = rows.map((r) => [
    r.figure,
    `${fmt(r.median)} ${r.unit}`,
    r.samples.length > 1 ? `${fmt(r.min)}–${fmt(r.max)}` : "",
    r.budget?.text ?? "",
    r.verdict,
  ]);
  const head = ["figure", "median", "range", "budget", ""];
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const print = (cells: string[]) =>
    console.log(
      cells
        .map((c, i) => c.padEnd(widths[i]!))
        .join("  ")
        .trimEnd(),
    );
  print(head);
  print(widths.map((w) => "-".repeat(w)));
  for (const l of lines) print(l);
}
