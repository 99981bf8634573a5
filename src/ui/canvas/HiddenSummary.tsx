/** Says what the filters and focus hide, with one action to show everything again. */
import { NODE_TYPES, NODE_TYPE_INFO, RELATIONS, RELATION_INFO } from "../../model/brief/vocabulary";
import { useFilterActions, useGraph, useView } from "../../state/hooks";
import { useVisibility } from "../../state/useVisibility";
import { formatCount } from "../../model/file/formatCount";
import { evidenceWords } from "../../model/view/evidence";

/** Renders nothing when nothing is hidden. */
export function HiddenSummary() {
  const graph = useGraph();
  const view = useView();
  const visibility = useVisibility();
  const { showEverything } = useFilterActions();
  if (!graph || !visibility || (!visibility.partial && !view.focus)) return null;

  const { nodes, edges } = graph.index;
  const parts: string[] = [];
  const types = NODE_TYPES.filter((t) => view.hiddenTypes.has(t)).map((t) => NODE_TYPE_INFO[t].label);
  if (types.length) parts.push(`hidden kinds: ${types.join(", ")}`);
  const relations = RELATIONS.filter((r) => view.hiddenRelations.has(r)).map((r) => RELATION_INFO[r].label);
  if (relations.length) parts.push(`hidden connections: ${relations.join(", ")}`);
  const { evidence } = view;
  if (evidence) {
    const words = evidenceWords(evidence, graph.valid.sourceInfo);
    parts.push(evidence.kind === "disagree" ? words : `only ${words}`);
  }
  if (view.focus) {
    const label = nodes.get(view.focus.id)?.label ?? view.focus.id;
    parts.push(`focus on ${label}, ${view.focus.depth} ${view.focus.depth === 1 ? "step" : "steps"}`);
  }
  return (
    <div className="hidden-summary" role="status" data-canvas-overlay>
      <p>
        Showing {formatCount(visibility.nodes.size)} of {formatCount(nodes.size)} nodes and{" "}
        {formatCount(visibility.edges.size)} of {formatCount(edges.size)} connections
        {parts.length ? ` (${parts.join("; ")})` : ""}.
      </p>
      <button type="button" onClick={showEverything}>
        Show everything
      </button>
    </div>
  );
}
