/**
 * A path told as a chain of statements an analyst can quote: each step is the edge's own statement ("Proactive,
 * flexible role for the PBC — addressed to → Peacebuilding Commission"), whichever way the path walks it,
 * with the words of the source that back it and where they are (model/export/pathsMarkdown.ts writes it out).
 */
import type { Excerpt, GraphEdge, GraphNode, SourceInfo } from "../brief/schema";
import { RELATION_INFO, SYMMETRIC_RELATIONS } from "../brief/vocabulary";
import { citationLabel } from "../sources/citation";
import type { GraphIndex } from "./graphIndex";
import type { Path } from "./paths";

export interface PathStatement {
  edge: GraphEdge;
  /** The edge's ends in its own direction, not the path's. */
  source: GraphNode;
  target: GraphNode;
  relation: string;
  /** A mutual relation (coordinates with): told without an arrow. */
  mutual: boolean;
  /** The first quotation backing the edge, and how many there are. */
  excerpt: Excerpt | undefined;
  excerpts: number;
  /** "Brief, insight 9". */
  citation: string;
}

/** The statements of `path`, in the path's order. */
export function tellPath(index: GraphIndex, path: Path, sources: ReadonlyMap<string, SourceInfo>): PathStatement[] {
  return path.steps.map(({ edge }) => {
    const excerpt = edge.excerpts[0];
    return {
      edge,
      source: index.nodes.get(edge.source)!,
      target: index.nodes.get(edge.target)!,
      relation: RELATION_INFO[edge.relation].label,
      mutual: SYMMETRIC_RELATIONS.has(edge.relation),
      excerpt,
      excerpts: edge.excerpts.length,
      citation: excerpt ? citationLabel(excerpt, sources.get(excerpt.source)) : "",
    };
  });
}

/** "— addressed to →", or "— coordinates with —" for a mutual relation. */
export function relationArrow(statement: Pick<PathStatement, "relation" | "mutual">): string {
  return `— ${statement.relation} ${statement.mutual ? "—" : "→"}`;
}

/** How a path's length is said: "1 step", "4 steps". */
export const stepCount = (path: Path): string => `${path.steps.length} ${path.steps.length === 1 ? "step" : "steps"}`;

/** The title of a connection: "How Peacebuilding Commission is connected to Liberia". */
export const connectionTitle = (from: GraphNode, to: GraphNode): string =>
  `How ${from.label} is connected to ${to.label}`;
