/** An item's excerpts as quotations with their citation, each with "show in source" and "copy". */
import { citationLabel, citationText, emphasisedAt } from "../../model/sources/citation";
import type { Excerpt } from "../../model/brief/schema";
import { useViewActions, useGraph } from "../../state/hooks";
import { Emphasis } from "../common/Emphasis";
import { useCopy } from "../common/useCopy";

function ExcerptItem({ excerpt }: { excerpt: Excerpt }) {
  const graph = useGraph();
  const { openPassage } = useViewActions();
  const [status, copy] = useCopy();
  const source = graph?.valid.sourceInfo.get(excerpt.source);
  // A quote can begin inside the source's bold: its emphasis then starts on.
  const startsStrong = graph ? emphasisedAt(graph.valid.texts, excerpt.source, excerpt.start) : false;
  return (
    <li>
      <figure className="excerpt">
        <blockquote>
          <p>
            “<Emphasis text={excerpt.quote} startsStrong={startsStrong} />”
          </p>
        </blockquote>
        <figcaption>
          — <cite>{citationLabel(excerpt, source)}</cite>
        </figcaption>
      </figure>
      <div className="excerpt-actions">
        <button
          type="button"
          onClick={() => openPassage({ source: excerpt.source, start: excerpt.start, end: excerpt.end })}
        >
          Show in source
        </button>
        <button type="button" onClick={() => copy(citationText(excerpt, source))}>
          Copy quotation with citation
        </button>
        <span className="copy-status" role="status">
          {status === "copied" ? "Copied" : status === "failed" ? "Could not copy" : ""}
        </span>
      </div>
    </li>
  );
}

/** The list of excerpts backing a node or edge. */
export function ExcerptList({ excerpts }: { excerpts: readonly Excerpt[] }) {
  return (
    <ul className="excerpts">
      {excerpts.map((excerpt) => (
        <ExcerptItem key={`${excerpt.source}:${excerpt.start}-${excerpt.end}`} excerpt={excerpt} />
      ))}
    </ul>
  );
}
