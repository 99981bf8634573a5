/** The details of one node: what it is, the evidence for it, its figures, and where it leads. */
import { Suspense, lazy } from "react";
import type { GraphNode } from "../../model/brief/schema";
import type { GraphIndex } from "../../model/query/graphIndex";
import { TypeBadge } from "../common/TypeBadge";
import { Connections } from "./Connections";
import { ExcerptList } from "./ExcerptList";
import { FocusControls } from "./FocusControls";
import { ConnectTo } from "./ConnectTo";

const NodeFigures = lazy(() => import("../figures/NodeFigures"));

/** Details of `node`. */
export function NodeDetails({ node, index }: { node: GraphNode; index: GraphIndex }) {
  return (
    <article className="details-body" aria-labelledby="details-title">
      <header>
        <TypeBadge type={node.type} />
        <h2 id="details-title" tabIndex={-1}>
          {node.label}
        </h2>
        {node.aliases && node.aliases.length > 0 && <p className="aliases">Also called {node.aliases.join(", ")}</p>}
      </header>
      <p className="description">{node.description}</p>
      <FocusControls nodeId={node.id} />
      <ConnectTo nodeId={node.id} />
      <section aria-labelledby="evidence-title">
        <h3 id="evidence-title">In the sources ({node.excerpts.length})</h3>
        <ExcerptList excerpts={node.excerpts} />
      </section>
      <Suspense fallback={null}>
        <NodeFigures index={index} nodeId={node.id} />
      </Suspense>
      <Connections index={index} nodeId={node.id} />
    </article>
  );
}
