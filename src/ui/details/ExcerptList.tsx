/** An item's excerpts as quotations with their citation, each with "show in source" and "copy". */
import { citationLabel, citationText, emphasisedAt } from "../../model/sources/citation";
import type { Excerpt } from "../../model/brief/schema";
import { useViewActions, useGraph, useStore } from "../../state/hooks";
import { viewHref } from "../../state/viewHref";

import { Emphasis } from "../common/Emphasis";
import { useCopy } from "../common/useCopy";

function ExcerptItem({ excerpt }: { excerpt: Excerpt }) {
  const graph = useGraph();
  const { openPassage } = useViewActions();
  const [status, copy] = useCopy();
  const store = useStore();
  // The citation links back to its passage, in the view it was copied from.
  const copyCitation = () => {
    const passage = { source: excerpt.source, start: excerpt.start, end: excerpt.end };
    copy(`${citationText(excerpt, source)} ${viewHref({ ...store.get().view, passage })}`);
  };
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
        <button type="button" onClick={copyCitation}>
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
