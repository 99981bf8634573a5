/** The shape of the app's state: the current graph (replaceable), the shareable view, and UI-only bits. */
import type { GraphIndex } from "../model/query/graphIndex";
import type { ModelIssue } from "../model/brief/messages";
import type { LoadProgress } from "../model/file/loadFile";
import type { SearchIndex } from "../model/query/search";
import type { ValidGraph } from "../model/brief/validate";
import { DEFAULT_VIEW, type ViewState } from "../model/view/viewState";
import type { ThemePreference } from "../look/theme";
import type { LabelSize } from "../look/labels";
import type { SizeMeasure } from "../model/query/importance";

/** A validated graph with the indexes every panel needs, built once when it is loaded. */
export interface LoadedGraph {
  valid: ValidGraph;
  index: GraphIndex;
  search: SearchIndex;
  /** Different for every load, even of the same file: the canvas is rebuilt when it changes. */
  serial: number;
}

export type LoadState =
  | { status: "loading" }
  | { status: "error"; title: string; issues: readonly ModelIssue[] }
  | { status: "ready"; graph: LoadedGraph };

/** Where the current graph came from: the shipped model, a file the reader opened, or a `?graph=` link. */
export type GraphOrigin =
  | { kind: "embedded" }
  | { kind: "file"; name: string; remembered?: boolean }
  | { kind: "link"; url: string; remembered?: boolean };

/** The graph this device remembers, by what the reader knows it as: a file's name or a model's address. */
export type RememberedOffer = { kind: "file"; name: string } | { kind: "link"; url: string };

/** A model being opened in the background; the current graph stays usable meanwhile. */
export interface Opening {
  name: string;
  progress: LoadProgress;
}

/** Why the last model the reader tried to open was refused; the current graph was kept. */
export interface OpenProblems {
  name: string;
  issues: readonly ModelIssue[];
  /** The opening failed for a reason other than the file (a crash, silence): trying again may work. */
  retry?: boolean;
}

export interface Notice {
  id: number;
  text: string;
}

/** The reader's own settings, remembered on the device (state/preferences.ts), never in a shared link. */
export interface Preferences {
  theme: ThemePreference;
  /** The system's light/dark setting, which decides while `theme` is "system". */
  systemDark: boolean;
  /** The list view beside the canvas: a screen-reader user wants it back on the next visit. */
  listOpen: boolean;
  /** How large labels are drawn on the canvas. */
  labelSize: LabelSize;
  /** What node size says: connections (or the curators' weight), or betweenness. */
  sizeBy: SizeMeasure;
}

export interface AppState {
  load: LoadState;
  view: ViewState;
  /** Reader shown beside the graph on wide screens, instead of it on narrow ones. */
  readerOpen: boolean;
  notices: readonly Notice[];
  /** The id the next notice gets. */
  nextNoticeId: number;
  /** Set once the canvas has drawn the graph: the ready signal for tests and the loading indicator. */
  canvasReady: boolean;
  origin: GraphOrigin;
  opening: Opening | null;
  openProblems: OpenProblems | null;
  /** A graph remembered on this device, offered (not opened) because the address names another. */
  offered: RememberedOffer | null;
  /**
   * The nodes and edges of the paths a connection shows, found where they are told (the details panel, loaded
   * on demand) and drawn by the canvas; null when no connection is shown.
   */
  pathHighlight: PathHighlight | null;
  preferences: Preferences;
}

export interface PathHighlight {
  /** The nodes of every path, each once, the first path's first. */
  nodes: readonly string[];
  edges: readonly string[];
}

export const INITIAL_STATE: AppState = {
  load: { status: "loading" },
  view: DEFAULT_VIEW,
  readerOpen: false,
  notices: [],
  nextNoticeId: 1,
  canvasReady: false,
  origin: { kind: "embedded" },
  opening: null,
  openProblems: null,
  offered: null,
  pathHighlight: null,
  preferences: { theme: "system", systemDark: false, listOpen: false, labelSize: "medium", sizeBy: "degree" },
};
