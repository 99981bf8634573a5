/** What the details panel shows before anything is selected: what this graph is and how to read it. */
import { isBigModel } from "../../model/query/graphSize";
import type { LoadedGraph } from "../../state/appState";
import { formatCount } from "../../model/file/formatCount";

/** A short introduction to the loaded graph. */
export function Overview({ graph }: { graph: LoadedGraph }) {
  const { model } = graph.valid;
  return (
    <article className="details-body overview" aria-labelledby="details-title">
      <h2 id="details-title" tabIndex={-1}>
        {model.title}
      </h2>
      {model.description && <p className="description">{model.description}</p>}
      <p>
        {formatCount(model.nodes.length)} ideas, actors and documents, linked by {formatCount(model.edges.length)}{" "}
        connections. Every one is backed by a verbatim quotation from the sources.
      </p>
      <ul className="hints">
        <li>
          {/* A big graph's lines take no clicks (bigGraph.ts); its nodes list their connections. */}
          {isBigModel(model)
            ? "Click a shape to see what it is, the evidence for it and its connections."
            : "Click a shape or a line to see what it is and the evidence for it."}
        </li>
        <li>
          With the keyboard: <kbd>Tab</kbd> to the graph, then arrow keys move between connected nodes and{" "}
          <kbd>Enter</kbd> opens one; <kbd>?</kbd> lists every shortcut. <strong>List</strong> shows the graph as text.
        </li>
        <li>
          Press <kbd>/</kbd> to search; arrows and <kbd>Enter</kbd> pick a result.
        </li>
        <li>Use the legend to hide kinds of nodes; open the reader to see the sources themselves.</li>
      </ul>
    </article>
  );
}
