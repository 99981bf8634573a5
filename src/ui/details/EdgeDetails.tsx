/** The details of one edge: its two ends, its relation and the evidence for it. */
import type { GraphEdge } from "../../model/brief/schema";
import type { GraphIndex } from "../../model/query/graphIndex";
import { RELATION_INFO, SYMMETRIC_RELATIONS } from "../../model/brief/vocabulary";
import { FAMILY_LOOK, RELATION_FAMILY } from "../../look/appearance";
import { NodeButton } from "../common/NodeButton";
import { useGoTo } from "../common/useGoTo";
import { ExcerptList } from "./ExcerptList";

/** Details of `edge`. */
export function EdgeDetails({ edge, index }: { edge: GraphEdge; index: GraphIndex }) {
  const goTo = useGoTo();
  const info = RELATION_INFO[edge.relation];
  // A mutual relation (coordinates with) has no direction: its ends are not from and to.
  const mutual = SYMMETRIC_RELATIONS.has(edge.relation);
  const ends = [
    { role: mutual ? "Between" : "From", node: index.nodes.get(edge.source) },
    { role: mutual ? "and" : "To", node: index.nodes.get(edge.target) },
  ];
  return (
    <article className="details-body" aria-labelledby="details-title">
      <header>
        <span className="type-badge">
          Connection · {FAMILY_LOOK[RELATION_FAMILY[edge.relation]].label.toLowerCase()}
        </span>
        <h2 id="details-title" tabIndex={-1}>
          {ends[0]?.node?.label} <span className="relation-word">{info.label}</span> {ends[1]?.node?.label}
        </h2>
      </header>
      <p className="description">{info.description}</p>
      {edge.note && <p className="note">{edge.note}</p>}
      <section aria-labelledby="ends-title">
        <h3 id="ends-title">Ends</h3>
        <ul className="edge-ends">
          {ends.map(({ role, node }) =>
            node ? (
              <li key={role}>
                <span className="end-role">{role}</span>
                <NodeButton node={node} onPick={goTo} />
              </li>
            ) : null,
          )}
        </ul>
      </section>
      <section aria-labelledby="evidence-title">
        <h3 id="evidence-title">In the sources ({edge.excerpts.length})</h3>
        <ExcerptList excerpts={edge.excerpts} />
      </section>
    </article>
  );
}
