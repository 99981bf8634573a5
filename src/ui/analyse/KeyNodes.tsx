/** The most connected and the most central nodes, ten of each, ties sharing a rank; each selects its node. */
import type { GraphIndex } from "../../model/query/graphIndex";
import type { Ranked } from "../../model/query/figures";
import type { Selection } from "../../model/view/viewState";
import { NODE_TYPE_INFO } from "../../model/brief/vocabulary";
import { rankingsOf } from "../figures/rankings";
import { formatBetweenness } from "../../model/query/figures";
import { NodeButton } from "../common/NodeButton";

const SHOWN = 10;

function RankList(props: {
  title: string;
  ranked: Ranked[];
  format: (value: number) => string;
  index: GraphIndex;
  onPick: (selection: Selection) => void;
}) {
  const { title, ranked, format, index, onPick } = props;
  const id = title.toLowerCase().replaceAll(" ", "-");
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <ol className="rank-list">
        {ranked.slice(0, SHOWN).map(({ id: nodeId, value, rank }) => {
          const node = index.nodes.get(nodeId)!;
          return (
            <li key={nodeId} value={rank}>
              <NodeButton node={node} onPick={onPick} />{" "}
              <span className="rank-value">
                {format(value)} <span className="visually-hidden">({NODE_TYPE_INFO[node.type].label})</span>
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** Both rankings of the graph `index` indexes. */
export function KeyNodes({ index, onPick }: { index: GraphIndex; onPick: (selection: Selection) => void }) {
  const rankings = rankingsOf(index);
  return (
    <div className="key-nodes">
      <RankList
        title="Most connected"
        ranked={rankings.connections}
        format={(v) => `${v} connection${v === 1 ? "" : "s"}`}
        index={index}
        onPick={onPick}
      />
      {rankings.betweenness ? (
        <RankList
          title="Most central"
          ranked={rankings.betweenness}
          format={(v) => `betweenness ${formatBetweenness(v)}`}
          index={index}
          onPick={onPick}
        />
      ) : (
        <p>Betweenness is not computed for a graph this big.</p>
      )}
      <p className="analyse-note">
        Betweenness: the share of shortest paths between two other nodes that pass through this one, ignoring direction.
      </p>
    </div>
  );
}
