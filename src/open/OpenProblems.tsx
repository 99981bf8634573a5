/** Why a model file was refused: what, where (JSON path) and how to fix it, the first problems listed. */
import { formatPath } from "../model/brief/jsonPath";
import { useOpeningActions, useAppState } from "../state/hooks";
import { retryOpen } from "./graphOpener";

const SHOWN = 10;

/** An alert listing the refused file's problems; the current graph was kept. */
export function OpenProblems() {
  const problems = useAppState((s) => s.openProblems);
  const { dismissOpenProblems } = useOpeningActions();
  if (!problems) return null;
  const more = problems.issues.length - SHOWN;
  return (
    <div className="open-problems" role="alert">
      <p>
        <strong>“{problems.name}” was not opened</strong>: {problems.issues.length} problem
        {problems.issues.length === 1 ? "" : "s"}. The current graph is still shown.
      </p>
      <ul>
        {problems.issues.slice(0, SHOWN).map((issue, i) => (
          <li key={i}>
            <code>{formatPath(issue.path)}</code>: {issue.message} <em>Fix: {issue.fix}</em>
          </li>
        ))}
      </ul>
      {more > 0 && <p>…and {more} more.</p>}
      {problems.retry && (
        <button type="button" onClick={() => void retryOpen()}>
          Try again
        </button>
      )}
      <button type="button" onClick={dismissOpenProblems}>
        Dismiss
      </button>
    </div>
  );
}
