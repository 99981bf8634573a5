/** The banner: the app's name, search, the sources toggle and "copy link". */
import { useActions, useGraph, useReaderOpen } from "../state/hooks";
import { SearchBox } from "../ui/search/SearchBox";
import { useCopy } from "../ui/common/useCopy";

/** The top bar. */
export function Header() {
  const graph = useGraph();
  const readerOpen = useReaderOpen();
  const { setReaderOpen } = useActions();
  const [status, copy] = useCopy();
  return (
    <header className="app-header">
      <h1 className="app-title">
        <span className="brand">briefgraph</span>
        {graph && <span className="graph-title">{graph.valid.model.title}</span>}
      </h1>
      <SearchBox />
      <div className="header-actions">
        <button type="button" aria-pressed={readerOpen} onClick={() => setReaderOpen(!readerOpen)} disabled={!graph}>
          Sources
        </button>
        <button type="button" onClick={() => copy(window.location.href)} disabled={!graph}>
          Copy link
        </button>
        <span className="copy-status" role="status">
          {status === "copied" ? "Link copied" : status === "failed" ? "Could not copy" : ""}
        </span>
      </div>
    </header>
  );
}
