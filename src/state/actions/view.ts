/** The rest of the view: layout, the reader and its open passage, a whole view from a link, the canvas's readiness. */
import type { LayoutName, PassageRef, ViewState } from "../../model/view/viewState";
import type { AppState } from "../appState";
import { withView } from "./withView";

export const viewActions = {
  setLayout: (s: AppState, layout: LayoutName): AppState => withView(s, { layout }),
  /** Opens a passage in the reader, which becomes visible. */
  openPassage: (s: AppState, passage: PassageRef): AppState => ({ ...withView(s, { passage }), readerOpen: true }),
  closePassage: (s: AppState): AppState => withView(s, { passage: null }),
  setReaderOpen: (s: AppState, readerOpen: boolean): AppState => ({ ...s, readerOpen }),
  /** Replaces the whole view, e.g. from the URL; opens the reader when the view names a passage. */
  applyView: (s: AppState, view: ViewState): AppState => ({
    ...s,
    view,
    readerOpen: view.passage ? true : s.readerOpen,
  }),
  canvasReady: (s: AppState): AppState => (s.canvasReady ? s : { ...s, canvasReady: true }),
};
