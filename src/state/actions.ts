/**
 * Every change to the app state, as pure functions (state, ...args) → state. Components call them through
 * the hooks in hooks.ts; tests call them directly.
 */
import type { NodeType, Relation } from "../model/brief/vocabulary";
import type { Focus } from "../model/query/visibility";
import type { LayoutName, PassageRef, Selection, ViewState } from "../model/view/viewState";
import type { AppState, GraphOrigin, LoadedGraph } from "./appState";
import type { LoadProgress } from "../model/file/loadFile";
import { DEFAULT_VIEW, sameSelection } from "../model/view/viewState";
import type { ModelIssue } from "../model/brief/messages";
import { filtersRevealing, revealSelection } from "../model/view/reveal";

const withView = (s: AppState, patch: Partial<ViewState>): AppState => ({ ...s, view: { ...s.view, ...patch } });

/**
 * New filters or focus. A selection they hide is let go: the canvas would emphasise the neighbourhood of
 * something it no longer draws, and dim everything else, around nothing (see model/reveal.ts).
 */
function withFilters(s: AppState, patch: Partial<Pick<ViewState, "hiddenTypes" | "hiddenRelations" | "focus">>) {
  const next = withView(s, patch);
  const { selection, hiddenTypes, hiddenRelations, focus } = next.view;
  if (next.load.status !== "ready" || !selection) return next;
  const hidden = filtersRevealing(next.load.graph.index, { hiddenTypes, hiddenRelations, focus }, selection) !== null;
  return hidden ? withView(next, { selection: null }) : next;
}

function toggled<T>(set: ReadonlySet<T>, item: T): ReadonlySet<T> {
  const next = new Set(set);
  if (!next.delete(item)) next.add(item);
  return next;
}

let nextNoticeId = 1;

export const actions = {
  graphLoaded: (s: AppState, graph: LoadedGraph): AppState => ({ ...s, load: { status: "ready", graph } }),
  graphFailed: (s: AppState, title: string, issues: readonly ModelIssue[]): AppState => ({
    ...s,
    load: { status: "error", title, issues },
  }),
  canvasReady: (s: AppState): AppState => (s.canvasReady ? s : { ...s, canvasReady: true }),

  select: (s: AppState, selection: Selection): AppState =>
    sameSelection(s.view.selection, selection) ? s : withView(s, { selection }),
  /** Selects, and when the filters or focus hide the selection, changes them to show it and says so. */
  goTo: (s: AppState, selection: Selection): AppState => {
    const selected = actions.select(s, selection);
    if (s.load.status !== "ready" || !selection) return selected;
    const { index } = s.load.graph;
    const { hiddenTypes, hiddenRelations, focus } = selected.view;
    const revealed = revealSelection(index, { hiddenTypes, hiddenRelations, focus }, selection);
    if (!revealed) return selected;
    return actions.addNotices(withView(selected, revealed.filters), [revealed.notice.message]);
  },
  setFocus: (s: AppState, focus: Focus | null): AppState => withFilters(s, { focus }),
  toggleType: (s: AppState, type: NodeType): AppState =>
    withFilters(s, { hiddenTypes: toggled(s.view.hiddenTypes, type) }),
  setHiddenTypes: (s: AppState, types: ReadonlySet<NodeType>): AppState => withFilters(s, { hiddenTypes: types }),
  toggleRelation: (s: AppState, relation: Relation): AppState =>
    withFilters(s, { hiddenRelations: toggled(s.view.hiddenRelations, relation) }),
  setHiddenRelations: (s: AppState, relations: ReadonlySet<Relation>): AppState =>
    withFilters(s, { hiddenRelations: relations }),
  /** Clears every filter and the focus; selection, layout and passage stay. */
  showEverything: (s: AppState): AppState =>
    withView(s, { hiddenTypes: new Set(), hiddenRelations: new Set(), focus: null }),
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
    actions.addNotices(
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

  addNotices: (s: AppState, texts: readonly string[]): AppState =>
    texts.length === 0 ? s : { ...s, notices: [...s.notices, ...texts.map((text) => ({ id: nextNoticeId++, text }))] },
  dismissNotice: (s: AppState, id: number): AppState => ({ ...s, notices: s.notices.filter((n) => n.id !== id) }),
};
