/** Shows only a node's neighbourhood, 1 to 3 steps out, or everything again. */
import { MAX_FOCUS_DEPTH } from "../../model/view/viewState";
import { useFilterActions, useFocus } from "../../state/hooks";

const DEPTHS = Array.from({ length: MAX_FOCUS_DEPTH }, (_, i) => i + 1);

/** Depth buttons for focusing on `nodeId`. */
export function FocusControls({ nodeId }: { nodeId: string }) {
  const focus = useFocus();
  const { setFocus } = useFilterActions();
  const focusedHere = focus?.id === nodeId;
  return (
    <div className="focus-controls" role="group" aria-labelledby="focus-label">
      <span id="focus-label">Show only its neighbourhood:</span>
      {DEPTHS.map((depth) => (
        <button
          key={depth}
          type="button"
          aria-pressed={focusedHere && focus.depth === depth}
          onClick={() => setFocus({ id: nodeId, depth })}
        >
          {depth} {depth === 1 ? "step" : "steps"}
        </button>
      ))}
      {focusedHere && (
        <button type="button" onClick={() => setFocus(null)}>
          Show all
        </button>
      )}
    </div>
  );
}
