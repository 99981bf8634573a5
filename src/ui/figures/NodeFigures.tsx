/**
 * A node's figures in its details: its connections by direction and its betweenness, each with its place
 * among the graph's nodes. Loaded on first use, with the rankings it reads.
 */
import { degrees, directionWords, formatBetweenness, ordinal } from "../../model/query/figures";
import type { GraphIndex } from "../../model/query/graphIndex";
import { rankingsOf } from "./rankings";

/** The figures of `nodeId`. */
export default function NodeFigures({ index, nodeId }: { index: GraphIndex; nodeId: string }) {
  const counts = degrees(index, nodeId);
  const place = rankingsOf(index).byId.get(nodeId);
  const of = index.nodes.size;
  return (
    <section className="figures" aria-labelledby="figures-title">
      <h3 id="figures-title">Figures</h3>
      <dl>
        <dt>Connections</dt>
        <dd>
          {counts.total} ({directionWords(counts)})
          {place && `; ${ordinal(place.connections.rank)} most connected of ${of}`}
        </dd>
        <dt>Betweenness</dt>
        <dd>
          {place?.betweenness
            ? `${formatBetweenness(place.betweenness.value)}; ${ordinal(place.betweenness.rank)} most central of ${of}`
            : "Not computed for a graph this big"}
        </dd>
      </dl>
    </section>
  );
}
