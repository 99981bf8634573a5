/** Loading and opening graphs: the current graph stays until a new one is valid, and a refusal is listed. */
import type { ModelIssue } from "../../model/brief/messages";
import type { LoadProgress } from "../../model/file/loadFile";
import { DEFAULT_VIEW } from "../../model/view/viewState";
import type { AppState, GraphOrigin, LoadedGraph, RememberedOffer } from "../appState";
import { noticeActions } from "./notices";
import { viewMessages } from "../../model/view/viewMessages";

export const openingActions = {
  graphLoaded: (s: AppState, graph: LoadedGraph): AppState => ({ ...s, load: { status: "ready", graph } }),
  graphFailed: (s: AppState, title: string, issues: readonly ModelIssue[]): AppState => ({
    ...s,
    load: { status: "error", title, issues },
  }),
  /** A model file starts opening in the background; an earlier refusal is cleared. */
  openStarted: (s: AppState, name: string, stage: LoadProgress["stage"] = "reading"): AppState => ({
    ...s,
    opening: { name, progress: { stage } },
    openProblems: null,
  }),
  openProgress: (s: AppState, progress: LoadProgress): AppState =>
    s.opening ? { ...s, opening: { ...s.opening, progress } } : s,
  /** The file was refused: the current graph stays, and the problems are shown. */
  openFailed: (s: AppState, name: string, issues: readonly ModelIssue[], retry = false): AppState => ({
    ...s,
    opening: null,
    openProblems: { name, issues, ...(retry ? { retry } : {}) },
  }),
  openCancelled: (s: AppState): AppState => ({ ...s, opening: null }),
  /** The address names a file this device does not remember: said once, and the brief is shown instead. */
  namedFileMissing: (s: AppState, name: string): AppState =>
    noticeActions.addNotices(s, [viewMessages.missingFile(name).message]),
  /** Offers the remembered graph, or withdraws the offer (null). */
  offerRemembered: (s: AppState, offered: RememberedOffer | null): AppState => ({ ...s, offered }),
  dismissOpenProblems: (s: AppState): AppState => ({ ...s, openProblems: null }),
  /** A valid model replaces the current graph; the view starts afresh, since ids belong to the old graph. */
  graphOpened: (s: AppState, graph: LoadedGraph, origin: GraphOrigin, warnings: readonly string[]): AppState =>
    noticeActions.addNotices(
      {
        ...s,
        load: { status: "ready", graph },
        origin,
        // Another graph now shown from a file or link is the one remembered: nothing else is left to offer.
        offered: origin.kind === "embedded" ? s.offered : null,
        view: DEFAULT_VIEW,
        pathHighlight: null,
        canvasReady: false,
        // A refusal stays listed: the embedded graph may be shown *because* a linked one was refused.
        opening: null,
      },
      warnings,
    ),
};
