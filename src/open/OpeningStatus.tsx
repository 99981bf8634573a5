/** Progress of a model being opened, with a way to stop it; the current graph stays usable meanwhile. */
import { cancelOpening } from "./graphOpener";
import { useAppState } from "../state/hooks";
import { formatCount, formatMegabytes as megabytes } from "../model/file/formatCount";
import type { LoadProgress } from "../model/file/loadFile";

const STAGE_WORDS = {
  fetching: "Downloading",
  sources: "Downloading the sources of",
  reading: "Reading",
  validating: "Checking",
  layout: "Laying out",
} as const;

/** How far the stage has got, in words: "3.2 of 8.0 MB", "2 of 6 files", "40 of 120 nodes placed". */
function howFar({ stage, done, total }: LoadProgress): string {
  if (done === undefined) return "";
  if (stage === "fetching") return total ? `${megabytes(done)} of ${megabytes(total)}` : megabytes(done);
  if (total === undefined || total <= 0) return "";
  if (stage === "sources") return `${formatCount(done)} of ${formatCount(total)} files`;
  return `${formatCount(done)} of ${formatCount(total)} nodes placed`;
}

/** Shows nothing unless a model is opening. */
export function OpeningStatus() {
  const opening = useAppState((s) => s.opening);
  if (!opening) return null;
  const { progress } = opening;
  const far = howFar(progress);
  const measured = progress.done !== undefined && progress.total !== undefined && progress.total > 0;
  return (
    <div className="opening-status" role="status">
      <label>
        <span>{`${STAGE_WORDS[progress.stage]} “${opening.name}”${far ? `: ${far}` : "…"}`}</span>
        {measured ? <progress max={progress.total} value={progress.done} /> : <progress />}
      </label>
      <button type="button" onClick={cancelOpening}>
        Cancel
      </button>
    </div>
  );
}
