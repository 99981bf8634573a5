/** What is selected: a node, an edge or nothing; going to one also changes the filters that would hide it. */
import { sameSelection, type Selection } from "../../model/view/viewState";
import { revealSelection } from "../../model/view/reveal";
import type { AppState } from "../appState";
import { noticeActions } from "./notices";
import { withView } from "./withView";

export const selectionActions = {
  select: (s: AppState, selection: Selection): AppState =>
    sameSelection(s.view.selection, selection) ? s : withView(s, { selection }),
  /** Selects, and when the filters or focus hide the selection, changes them to show it and says so. */
  goTo: (s: AppState, selection: Selection): AppState => {
    const selected = selectionActions.select(s, selection);
    if (s.load.status !== "ready" || !selection) return selected;
    const { index } = s.load.graph;
    const { hiddenTypes, hiddenRelations, focus } = selected.view;
    const revealed = revealSelection(index, { hiddenTypes, hiddenRelations, focus }, selection);
    if (!revealed) return selected;
    return noticeActions.addNotices(withView(selected, revealed.filters), [revealed.notice.message]);
  },
};
