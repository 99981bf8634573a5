/** Says when the graph shown is the reader's own, with a way to forget it and return to the embedded brief. */
import { forgetAndShowEmbedded } from "./graphOpener";
import { useOpeningActions, useAppState } from "../state/hooks";

/** Nothing for the embedded graph; a short bar for a file or a linked model. */
export function GraphOriginBar() {
  const origin = useAppState((s) => s.origin);
  const actions = useOpeningActions();
  if (origin.kind === "embedded") return null;
  const name = origin.kind === "file" ? origin.name : origin.url;
  return (
    <div className="origin-bar" role="region" aria-label="Graph source">
      <span>
        Showing {origin.kind === "file" ? "your file" : "the linked model"} <strong>{name}</strong>
        {origin.remembered ? ", remembered on this device." : ", not remembered: it is too large to keep."}
      </span>
      <button type="button" onClick={() => void forgetAndShowEmbedded(actions)}>
        Forget it and show the embedded brief
      </button>
    </div>
  );
}
