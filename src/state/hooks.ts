/**
 * Narrow hooks over the store: each component subscribes to just the slice it shows, and gets only the
 * actions of its domain, already bound to the store.
 */
import { useContext, useMemo, useSyncExternalStore } from "react";
import {
  filterActions,
  noticeActions,
  openingActions,
  preferenceActions,
  selectionActions,
  viewActions,
} from "./actions";
import { AppContext, type AppContextValue } from "./StoreProvider";
import type { AppState, LoadedGraph } from "./appState";
import type { Derived } from "./derived";
import type { CommandBus } from "./graphCommands";
import { resolvedTheme } from "./preferences";
import type { Store } from "./store";

function useAppContext(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error("The component needs a <StoreProvider> above it.");
  return value;
}

/** The raw store, for effects that subscribe themselves (URL sync, preferences). */
export function useStore(): Store<AppState> {
  return useAppContext().store;
}

/** The values derived from this store's state (state/derived.ts). */
export function useDerived(): Derived {
  return useAppContext().derived;
}

/** A slice of the state; `select` must return a value that is stable while the slice is unchanged. */
export function useAppState<T>(select: (state: AppState) => T): T {
  const store = useStore();
  return useSyncExternalStore(store.subscribe, () => select(store.get()));
}

// oxlint-disable-next-line typescript/no-explicit-any -- any argument list: each group keeps its own in Bound.
type ActionGroup = Record<string, (s: AppState, ...args: any[]) => AppState>;
/** A group of actions bound to a store: the same names and parameters, without the state. */
export type Bound<G extends ActionGroup> = {
  [K in keyof G]: G[K] extends (s: AppState, ...args: infer P) => AppState ? (...args: P) => void : never;
};

/** Binds each action of `group` to `store`: calling it replaces the store's state with the action's result. */
function bindActions<G extends ActionGroup>(store: Store<AppState>, group: G): Bound<G> {
  const bound: Record<string, (...args: unknown[]) => void> = {};
  for (const [name, action] of Object.entries(group)) {
    bound[name] = (...args) => store.update((s) => action(s, ...args));
  }
  return bound as Bound<G>;
}

function useBound<G extends ActionGroup>(group: G): Bound<G> {
  const store = useStore();
  return useMemo(() => bindActions(store, group), [store, group]);
}

export type SelectionActions = Bound<typeof selectionActions>;
export type OpeningActions = Bound<typeof openingActions>;

/** select, goTo. */
export const useSelectionActions = (): SelectionActions => useBound(selectionActions);
/** Hiding types and relations, focus, showing everything. */
export const useFilterActions = () => useBound(filterActions);
/** Layout, the reader and its passage, the canvas's readiness. */
export const useViewActions = () => useBound(viewActions);
/** Loading and opening graphs. */
export const useOpeningActions = (): OpeningActions => useBound(openingActions);
/** Adding and dismissing notices. */
export const useNoticeActions = () => useBound(noticeActions);
/** Theme and list view. */
export const usePreferenceActions = () => useBound(preferenceActions);

/** The canvas command bus. */
export function useGraphCommands(): CommandBus {
  return useAppContext().commands;
}

/** The loaded graph, or null while loading or after an error. */
export function useGraph(): LoadedGraph | null {
  return useAppState((s) => (s.load.status === "ready" ? s.load.graph : null));
}

export const useSelection = () => useAppState((s) => s.view.selection);
export const useView = () => useAppState((s) => s.view);
export const useFocus = () => useAppState((s) => s.view.focus);
export const useHiddenTypes = () => useAppState((s) => s.view.hiddenTypes);
export const useHiddenRelations = () => useAppState((s) => s.view.hiddenRelations);
export const useLayoutName = () => useAppState((s) => s.view.layout);
export const useOpenPassage = () => useAppState((s) => s.view.passage);
export const useReaderOpen = () => useAppState((s) => s.readerOpen);
export const useNotices = () => useAppState((s) => s.notices);
/** The reader's theme preference: system, light or dark. */
export const useThemePreference = () => useAppState((s) => s.preferences.theme);
/** The theme in effect, following the system when the preference is "system". */
export const useResolvedTheme = () => useAppState(resolvedTheme);
/** Whether the list view is open. */
export const useListOpen = () => useAppState((s) => s.preferences.listOpen);
/** How large the canvas draws labels. */
export const useLabelSize = () => useAppState((s) => s.preferences.labelSize);
/** What node size says. */
export const useSizeBy = () => useAppState((s) => s.preferences.sizeBy);
