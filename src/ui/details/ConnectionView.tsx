/**
 * "How is A connected to B?" told in the details panel: up to three shortest paths, each a chain of statements
 * with the quotation that backs every step, drawn on the canvas (through the store's path highlight) and
 * copied as Markdown with citations and a link back. Loaded on first use.
 */
import { useEffect, useMemo } from "react";
import type { Path } from "../../model/query/paths";
import { findPaths } from "../../model/query/paths";
import { connectionTitle, relationArrow, stepCount, tellPath } from "../../model/query/pathStory";
import { pathsMarkdown } from "../../model/export/pathsMarkdown";
import { LOGISTICS_TYPES, SYMMETRIC_RELATIONS } from "../../model/brief/vocabulary";
import type { ConnectionQuery } from "../../model/view/viewState";
import type { LoadedGraph, PathHighlight } from "../../state/appState";
import { useFilterActions, useSelectionActions } from "../../state/hooks";
import { useVisibility } from "../../state/useVisibility";
import { writePendingUrl } from "../../state/useUrlSync";
import { useCopy } from "../common/useCopy";
import { useGoTo } from "../common/useGoTo";
import { ExcerptList } from "./ExcerptList";
import { NodeButton } from "../common/NodeButton";

/** The nodes and edges of `paths`, each once, for the canvas. */
function highlightOf(paths: readonly Path[]): PathHighlight {
  return {
    nodes: [...new Set(paths.flatMap((p) => p.nodes))],
    edges: [...new Set(paths.flatMap((p) => p.steps.map((s) => s.edge.id)))],
  };
}

interface ConnectionViewProps {
  query: ConnectionQuery;
  graph: LoadedGraph;
}

/** The paths from `query.from` to `query.to` under the filters in effect. */
export default function ConnectionView({ query, graph }: ConnectionViewProps) {
  const { index, valid } = graph;
  const visibility = useVisibility();
  const { connect, disconnect, highlightPaths } = useSelectionActions();
  const { showEverything } = useFilterActions();
  const goTo = useGoTo();
  const [copyStatus, copy] = useCopy();
  const from = index.nodes.get(query.from)!;
  const to = index.nodes.get(query.to)!;
  const paths = useMemo(
    () =>
      findPaths(index, query.from, query.to, {
        directed: query.directed,
        isSymmetric: (edge) => SYMMETRIC_RELATIONS.has(edge.relation),
        canUse: visibility ? (edge) => visibility.edges.has(edge.id) : undefined,
        // The meeting's logistics join everything to everything in two steps: offered only after the argument.
        detour: (id) => LOGISTICS_TYPES.has(index.nodes.get(id)!.type),
      }),
    [index, query, visibility],
  );
  useEffect(() => {
    highlightPaths(paths.length > 0 ? highlightOf(paths) : null);
    return () => highlightPaths(null);
  }, [paths, highlightPaths]);

  const copyMarkdown = () => {
    writePendingUrl(); // the link names this connection, even in the frame after it was asked
    copy(pathsMarkdown(index, paths, valid.sourceInfo, window.location.href));
  };

  return (
    <article className="details-body connection-view" aria-labelledby="details-title">
      <header>
        <span className="type-badge">Connection</span>
        <h2 id="details-title" tabIndex={-1}>
          {connectionTitle(from, to)}
        </h2>
      </header>
      <div className="connection-options">
        <label>
          <input
            type="checkbox"
            checked={query.directed}
            onChange={(event) => connect({ ...query, directed: event.target.checked })}
          />{" "}
          Follow the arrows
        </label>
        <button type="button" onClick={() => connect({ ...query, from: query.to, to: query.from })}>
          Swap the ends
        </button>
        <button type="button" onClick={copyMarkdown} disabled={paths.length === 0}>
          Copy as Markdown
        </button>
        <button type="button" onClick={disconnect}>
          Back to {from.label}
        </button>
        <span className="copy-status" role="status">
          {copyStatus === "copied" ? "Copied" : copyStatus === "failed" ? "Could not copy" : ""}
        </span>
      </div>
      {paths.length === 0 && (
        <p className="no-path">
          No path from {from.label} to {to.label}
          {query.directed ? " following the arrows" : ""}
          {visibility?.partial ? " among what the filters show" : ""}.{" "}
          {visibility?.partial && (
            <button type="button" onClick={showEverything}>
              Show everything
            </button>
          )}
        </p>
      )}
      {paths.map((path, i) => (
        <section key={path.nodes.join(" ")} className="path" aria-labelledby={`path-title-${i}`}>
          <h3 id={`path-title-${i}`}>
            Path {i + 1} of {paths.length}: {stepCount(path)}
          </h3>
          <ol className="path-steps">
            {tellPath(index, path, valid.sourceInfo).map((statement) => (
              <li key={statement.edge.id}>
                <p className="path-statement">
                  <NodeButton node={statement.source} onPick={goTo} />{" "}
                  <span className="relation-word">{relationArrow(statement)}</span>{" "}
                  <NodeButton node={statement.target} onPick={goTo} />
                </p>
                {statement.excerpt && <ExcerptList excerpts={[statement.excerpt]} />}
                {statement.excerpts > 1 && (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => goTo({ kind: "edge", id: statement.edge.id })}
                  >
                    All {statement.excerpts} quotations for this step
                  </button>
                )}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </article>
  );
}
