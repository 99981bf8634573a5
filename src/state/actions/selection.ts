/** What is selected: a node, an edge or nothing; going to one also changes the filters that would hide it. */
import { sameSelection, type ConnectionQuery, type Selection } from "../../model/view/viewState";
import { revealSelection } from "../../model/view/reveal";
import type { AppState, PathHighlight } from "../appState";
import { noticeActions } from "./notices";
import { withView } from "./withView";

export const selectionActions = {
  /** Selects; a connection asked from the old selection goes with it. */
  select: (s: AppState, selection: Selection): AppState =>
    sameSelection(s.view.selection, selection) ? s : withView(s, { selection, connection: null }),
  /** Asks how the node `query.from` is connected to `query.to`: it is selected, and the paths shown from it. */
  connect: (s: AppState, connection: ConnectionQuery): AppState =>
    withView(s, { selection: { kind: "node", id: connection.from }, connection }),
  disconnect: (s: AppState): AppState => (s.view.connection ? withView(s, { connection: null }) : s),
  /** The paths to draw on the canvas, or none. */
  highlightPaths: (s: AppState, pathHighlight: PathHighlight | null): AppState =>
    s.pathHighlight === pathHighlight ? s : { ...s, pathHighlight },
  /** Selects, and when the filters or focus hide the selection, changes them to show it and says so. */
  goTo: (s: AppState, selection: Selection): AppState => {
    const selected = selectionActions.select(s, selection);
    if (s.load.status !== "ready" || !selection) return selected;
    const { index } = s.load.graph;
    const { hiddenTypes, hiddenRelations, focus, evidence } = selected.view;
    const revealed = revealSelection(index, { hiddenTypes, hiddenRelations, focus, evidence }, selection);
    if (!revealed) return selected;
    return noticeActions.addNotices(withView(selected, revealed.filters), [revealed.notice.message]);
  },
};
