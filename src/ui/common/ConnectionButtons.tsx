/** The pair every list of connections shows: the node at the other end, and the edge's evidence. */
import type { GraphNode } from "../../model/brief/schema";
import type { Selection } from "../../model/view/viewState";
import { NodeButton } from "./NodeButton";

interface Props {
  other: Pick<GraphNode, "id" | "label" | "type">;
  edgeId: string;
  /** The connection as a sentence, so "evidence" says which connection it is to a screen reader. */
  sentence: string;
  /** Whether the edge is the current selection. */
  current?: boolean;
  onPick: (selection: Selection) => void;
}

/** A button to go to the other node and one to open the connecting edge. */
export function ConnectionButtons({ other, edgeId, sentence, current = false, onPick }: Props) {
  return (
    <>
      <NodeButton node={other} onPick={onPick} />
      <button
        type="button"
        className="evidence-button"
        aria-current={current || undefined}
        aria-label={`Evidence: ${sentence}`}
        onClick={() => onPick({ kind: "edge", id: edgeId })}
      >
        evidence
      </button>
    </>
  );
}
