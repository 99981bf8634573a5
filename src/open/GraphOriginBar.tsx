/**
 * Says which graph is shown when it is the reader's own, with a way to forget it; and, over the embedded brief,
 * offers the graph this device remembers instead of imposing it.
 */
import { forgetAndShowEmbedded, forgetRemembered, openRemembered } from "./graphOpener";
import { useOpeningActions, useAppState } from "../state/hooks";

/** Over the embedded graph, the remembered one on offer, if any. */
function RememberedOffer() {
  const offered = useAppState((s) => s.offered);
  const actions = useOpeningActions();
  if (!offered) return null;
  const name = offered.kind === "file" ? offered.name : offered.url;
  return (
    <div className="origin-bar" role="region" aria-label="Remembered graph">
      <span>
        Your last {offered.kind === "file" ? "file" : "linked model"}, <strong>{name}</strong>, is remembered on this
        device.
      </span>
      <button type="button" onClick={() => void openRemembered(actions)}>
        Open it
      </button>
      <button type="button" onClick={() => forgetRemembered(actions)}>
        Forget it
      </button>
    </div>
  );
}

/** A short bar for a file or a linked model; over the embedded graph, the offer of a remembered one. */
export function GraphOriginBar() {
  const origin = useAppState((s) => s.origin);
  const actions = useOpeningActions();
  if (origin.kind === "embedded") return <RememberedOffer />;
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
