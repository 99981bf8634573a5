/**
 * Who is asked to do what, as a table: a row per recommendation, a column per actor or body it addresses or
 * involves. A cell's quotation shows as it gets focus; Enter or a click selects its edge on the graph. Arrow
 * keys move between cells, up and down to the nearest cell of the next row that has one (one tab stop). Sortable, and downloadable as CSV or Markdown.
 */
import { useMemo, useRef, useState, type KeyboardEvent } from "react";
import { whoIsAsked, type MatrixCell } from "../../model/query/whoIsAsked";
import { whoIsAskedCsv, whoIsAskedMarkdown } from "../../model/export/whoIsAskedExport";
import { citationLabel, plainQuote } from "../../model/sources/citation";
import type { Selection } from "../../model/view/viewState";
import type { LoadedGraph } from "../../state/appState";
import { ChoiceSelect } from "../common/ChoiceSelect";
import { useCopy } from "../common/useCopy";
import { saveBlob, textBlob } from "../export/download";

const ORDERS = ["brief", "label", "asked"] as const;
type Order = (typeof ORDERS)[number];
const ORDER_NAMES: Record<Order, string> = {
  brief: "In the brief's order",
  label: "A to Z",
  asked: "Most addressees first",
};
const HEADING = "Who is asked to do what";
const MOVES: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/** The matrix of `graph`; `onPick` selects a cell's edge. */
export function WhoIsAskedTable({ graph, onPick }: { graph: LoadedGraph; onPick: (s: Selection) => void }) {
  const { model, sourceInfo } = graph.valid;
  const matrix = useMemo(() => whoIsAsked(model), [model]);
  const [order, setOrder] = useState<Order>("brief");
  const [active, setActive] = useState<[number, number] | null>(null);
  const [copyStatus, copy] = useCopy();
  const table = useRef<HTMLTableElement>(null);

  const rows = useMemo(() => {
    if (order === "label") return matrix.rows.toSorted((a, b) => a.label.localeCompare(b.label));
    const asks = (id: string) => matrix.asks.get(id) ?? 0;
    if (order === "asked") return matrix.rows.toSorted((a, b) => asks(b.id) - asks(a.id));
    return matrix.rows;
  }, [matrix, order]);
  if (matrix.rows.length === 0) return <p>This model has no recommendations.</p>;

  const cellAt = (r: number, c: number): MatrixCell | undefined =>
    rows[r] && matrix.columns[c] ? matrix.cell(rows[r].id, matrix.columns[c].id) : undefined;
  // The one tab stop: the active cell, or the first cell there is.
  const first = (() => {
    for (let r = 0; r < rows.length; r++)
      for (let c = 0; c < matrix.columns.length; c++) if (cellAt(r, c)) return [r, c] as [number, number];
    return null;
  })();
  const stop = active && cellAt(...active) ? active : first;

  /** The cell an arrow key leads to from `from`: along the row, or to the nearest cell of the next row that has one. */
  const next = ([r, c]: [number, number], [dr, dc]: [number, number]): [number, number] | null => {
    if (dr === 0) {
      for (let k = c + dc; k >= 0 && k < matrix.columns.length; k += dc) if (cellAt(r, k)) return [r, k];
      return null;
    }
    for (let row = r + dr; row >= 0 && row < rows.length; row += dr) {
      const columns = matrix.columns.map((_, k) => k).filter((k) => cellAt(row, k));
      if (columns.length > 0) return [row, columns.reduce((a, b) => (Math.abs(b - c) < Math.abs(a - c) ? b : a))];
    }
    return null;
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const move = MOVES[event.key];
    if (!move || !stop) return;
    event.preventDefault();
    const to = next(stop, move);
    if (!to) return;
    setActive(to);
    table.current?.querySelector<HTMLButtonElement>(`[data-cell="${to[0]}-${to[1]}"]`)?.focus();
  };

  const shown = stop ? cellAt(...stop) : undefined;
  const excerpt = shown?.edge.excerpts[0];
  const download = (kind: "csv" | "md") => {
    const text = kind === "csv" ? whoIsAskedCsv(matrix, sourceInfo) : whoIsAskedMarkdown(matrix, sourceInfo, HEADING);
    saveBlob(textBlob(text, kind === "csv" ? "nodes-csv" : "citations-md"), `briefgraph-who-is-asked.${kind}`);
  };

  return (
    <div className="who-is-asked">
      <div className="matrix-actions">
        <label>
          Rows <ChoiceSelect value={order} choices={ORDERS} names={ORDER_NAMES} onChange={setOrder} />
        </label>
        <button type="button" onClick={() => download("csv")}>
          Download CSV
        </button>
        <button type="button" onClick={() => download("md")}>
          Download Markdown
        </button>
        <button type="button" onClick={() => copy(whoIsAskedMarkdown(matrix, sourceInfo, HEADING))}>
          Copy as Markdown
        </button>
        <span className="copy-status" role="status">
          {copyStatus === "copied" ? "Copied" : copyStatus === "failed" ? "Could not copy" : ""}
        </span>
      </div>
      <p className="analyse-note">
        <strong>Asked</strong>: the recommendation is addressed to them. <strong>Concerned</strong>: it involves them.
        Arrow keys move between cells; Enter shows the connection on the graph.
      </p>
      <div className="matrix-scroll">
        <table ref={table} className="matrix" onKeyDown={onKeyDown}>
          <caption className="visually-hidden">{HEADING}: recommendations against whom they ask or concern</caption>
          <thead>
            <tr>
              <th scope="col">Recommendation</th>
              {matrix.columns.map((column) => (
                <th key={column.id} scope="col">
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, r) => (
              <tr key={row.id}>
                <th scope="row">{row.label}</th>
                {matrix.columns.map((column, c) => {
                  const cell = matrix.cell(row.id, column.id);
                  const here = stop?.[0] === r && stop?.[1] === c;
                  return (
                    <td key={column.id} data-asked={cell?.asked}>
                      {cell && (
                        <button
                          type="button"
                          data-cell={`${r}-${c}`}
                          tabIndex={here ? 0 : -1}
                          aria-current={here && active !== null ? true : undefined}
                          onFocus={() => setActive([r, c])}
                          onMouseEnter={() => setActive([r, c])}
                          onClick={() => onPick({ kind: "edge", id: cell.edge.id })}
                        >
                          {cell.asked ? "Asked" : "Concerned"}
                        </button>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shown && stop && (
        <figure className="matrix-quote" aria-live="polite">
          <figcaption>
            {rows[stop[0]]!.label} → {matrix.columns[stop[1]]!.label}
          </figcaption>
          {excerpt ? (
            <blockquote>
              “{plainQuote(excerpt.quote)}” — <cite>{citationLabel(excerpt, sourceInfo.get(excerpt.source))}</cite>
            </blockquote>
          ) : (
            <p>No quotation.</p>
          )}
        </figure>
      )}
    </div>
  );
}
