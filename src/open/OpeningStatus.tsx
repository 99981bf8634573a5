/** Progress of a model being opened, with a way to stop it; the current graph stays usable meanwhile. */
import { cancelOpening } from "./graphOpener";
import { useAppState } from "../state/hooks";
import { formatCount } from "../model/file/formatCount";

const STAGE_WORDS = { reading: "Reading", validating: "Checking", layout: "Laying out" } as const;

/** Shows nothing unless a model is opening. */
export function OpeningStatus() {
  const opening = useAppState((s) => s.opening);
  if (!opening) return null;
  const { stage, done, total } = opening.progress;
  const counted = done !== undefined && total !== undefined && total > 0;
  const label = `${STAGE_WORDS[stage]} “${opening.name}”${counted ? `: ${formatCount(done)} of ${formatCount(total)} nodes placed` : "…"}`;
  return (
    <div className="opening-status" role="status">
      <label>
        <span>{label}</span>
        {counted ? <progress max={total} value={done} /> : <progress />}
      </label>
      <button type="button" onClick={cancelOpening}>
        Cancel
      </button>
    </div>
  );
}
