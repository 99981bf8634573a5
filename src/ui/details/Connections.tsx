/** A node's connections grouped by relation; each one moves the selection there. */
import { connectionGroups, relationSentence } from "../../model/query/graphIndex";
import { RELATION_INFO, SYMMETRIC_RELATIONS } from "../../model/brief/vocabulary";
import type { GraphIndex } from "../../model/query/graphIndex";
import { ConnectionButtons } from "../common/ConnectionButtons";
import { useGoTo } from "../common/useGoTo";

/** The "Connections" section of a node's details. */
export function Connections({ index, nodeId }: { index: GraphIndex; nodeId: string }) {
  const goTo = useGoTo();
  const groups = connectionGroups(index, nodeId, (r) => SYMMETRIC_RELATIONS.has(r));
  const count = groups.reduce((n, g) => n + g.connections.length, 0);
  const self = index.nodes.get(nodeId)?.label ?? nodeId;
  return (
    <section className="connections" aria-labelledby="connections-title">
      <h3 id="connections-title">Connections ({count})</h3>
      {count === 0 && <p>None.</p>}
      {groups.map((group) => {
        const relation = RELATION_INFO[group.relation].label;
        return (
          <div key={`${group.relation}/${group.direction}`} className="connection-group">
            <h4>
              {group.direction === "out" ? `${relation} →` : `← ${relation}`}
              <span className="visually-hidden">{group.direction === "out" ? " (outgoing)" : " (incoming)"}</span>
            </h4>
            <ul>
              {group.connections.map(({ edge, node }) => (
                <li key={edge.id}>
                  <ConnectionButtons
                    other={node}
                    edgeId={edge.id}
                    sentence={relationSentence(self, relation, node.label, group.direction)}
                    onPick={goTo}
                  />
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
