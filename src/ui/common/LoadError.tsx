/** The app-wide error state: the model could not be loaded; says what is wrong and where, as the CLI does. */
import { formatIssue, type ModelIssue } from "../../model/brief/messages";

const SHOWN = 20;

/** Lists the first issues of a failed load. */
export function LoadError({ title, issues }: { title: string; issues: readonly ModelIssue[] }) {
  return (
    <div className="load-error" role="alert">
      <h2>{title}</h2>
      <p>The graph cannot be shown until these problems are fixed:</p>
      <ul>
        {issues.slice(0, SHOWN).map((issue, i) => (
          <li key={i}>
            <code>{formatIssue(issue)}</code>
          </li>
        ))}
      </ul>
      {issues.length > SHOWN && <p>…and {issues.length - SHOWN} more.</p>}
    </div>
  );
}
