/** The banner: the app's name, search, and the actions (secondary ones fold into "More" on narrow screens). */
import { useViewActions, useGraph, useGraphCommands, useReaderOpen } from "../state/hooks";
import { writePendingUrl } from "../state/useUrlSync";
import { ListToggle } from "../ui/a11y/ListPanel";
import { ShortcutsDialog } from "../ui/a11y/ShortcutsDialog";
import { SearchBox } from "../ui/search/SearchBox";
import { ExportButton } from "../ui/export/ExportButton";
import { AnalyseButton } from "../ui/analyse/AnalyseButton";
import { ThemeSelect } from "../ui/theme/ThemeSelect";
import { useCopy } from "../ui/common/useCopy";
import { OpenGraphControl } from "../open/OpenGraphControl";
import { MoreActions } from "../ui/common/MoreActions";

/** The top bar. */
export function Header() {
  const graph = useGraph();
  const readerOpen = useReaderOpen();
  const { setReaderOpen } = useViewActions();
  const [status, copy] = useCopy();
  const commands = useGraphCommands();
  return (
    <header className="app-header">
      <h1 className="app-title">
        <span className="brand">briefgraph</span>
        {graph && <span className="graph-title">{graph.valid.model.title}</span>}
      </h1>
      {/* A new graph starts a new search: the old query named things of the old one. */}
      <SearchBox key={graph?.serial ?? 0} />
      <div className="header-actions">
        <button type="button" aria-pressed={readerOpen} onClick={() => setReaderOpen(!readerOpen)} disabled={!graph}>
          Sources
        </button>
        <ListToggle />
        <ExportButton />
        <MoreActions>
          <AnalyseButton />
          <OpenGraphControl />
          <button
            type="button"
            onClick={() => {
              writePendingUrl(); // the URL of what is on screen, even in the frame after a change
              // With the camera: the link opens on what is on screen, zoom and all.
              let camera = "";
              commands.emit({ type: "camera", respond: (param) => (camera = param) });
              const { href, search } = window.location;
              copy(camera ? `${href.split("#")[0]}${search ? "&" : "?"}${camera}` : href);
            }}
            disabled={!graph}
          >
            Copy link
          </button>
          <ThemeSelect />
        </MoreActions>
        <span className="copy-status" role="status">
          {status === "copied" ? "Link copied" : status === "failed" ? "Could not copy" : ""}
        </span>
        <ShortcutsDialog />
      </div>
    </header>
  );
}
