/** Loading and opening graphs: the current graph stays until a new one is valid, and a refusal is listed. */
import type { ModelIssue } from "../../model/brief/messages";
import type { LoadProgress } from "../../model/file/loadFile";
import { DEFAULT_VIEW } from "../../model/view/viewState";
import type { AppState, GraphOrigin, LoadedGraph } from "../appState";
import { noticeActions } from "./notices";

export const openingActions = {
  graphLoaded: (s: AppState, graph: LoadedGraph): AppState => ({ ...s, load: { status: "ready", graph } }),
  graphFailed: (s: AppState, title: string, issues: readonly ModelIssue[]): AppState => ({
    ...s,
    load: { status: "error", title, issues },
  }),
  /** A model file starts opening in the background; an earlier refusal is cleared. */
  openStarted: (s: AppState, name: string): AppState => ({
    ...s,
    opening: { name, progress: { stage: "reading" } },
    openProblems: null,
  }),
  openProgress: (s: AppState, progress: LoadProgress): AppState =>
    s.opening ? { ...s, opening: { ...s.opening, progress } } : s,
  /** The file was refused: the current graph stays, and the problems are shown. */
  openFailed: (s: AppState, name: string, issues: readonly ModelIssue[]): AppState => ({
    ...s,
    opening: null,
    openProblems: { name, issues },
  }),
  openCancelled: (s: AppState): AppState => ({ ...s, opening: null }),
  dismissOpenProblems: (s: AppState): AppState => ({ ...s, openProblems: null }),
  /** A valid model replaces the current graph; the view starts afresh, since ids belong to the old graph. */
  graphOpened: (s: AppState, graph: LoadedGraph, origin: GraphOrigin, warnings: readonly string[]): AppState =>
    noticeActions.addNotices(
      {
        ...s,
        load: { status: "ready", graph },
        origin,
        view: DEFAULT_VIEW,
        canvasReady: false,
        // A refusal stays listed: the embedded graph may be shown *because* a linked one was refused.
        opening: null,
      },
      warnings,
    ),
};
