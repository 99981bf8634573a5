/**
 * Narrow hooks over the store: each component subscribes to just the slice it shows, and gets actions
 * already bound to the store.
 */
import { useContext, useMemo, useSyncExternalStore } from "react";
import { actions } from "./actions";
import { AppContext, type AppContextValue } from "./StoreProvider";
import type { AppState, LoadedGraph } from "./appState";
import type { CommandBus } from "./graphCommands";
import type { Store } from "./store";

function useAppContext(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error("The component needs a <StoreProvider> above it.");
  return value;
}

/** The raw store, for effects that subscribe themselves (URL sync). */
export function useStore(): Store<AppState> {
  return useAppContext().store;
}

/** A slice of the state; `select` must return a value that is stable while the slice is unchanged. */
export function useAppState<T>(select: (state: AppState) => T): T {
  const store = useStore();
  return useSyncExternalStore(store.subscribe, () => select(store.get()));
}

type Action = (typeof actions)[keyof typeof actions];
type Bound<A> = A extends (s: AppState, ...args: infer P) => AppState ? (...args: P) => void : never;
export type BoundActions = { [K in keyof typeof actions]: Bound<(typeof actions)[K]> };

/** Every action bound to the store. */
export function useActions(): BoundActions {
  const store = useStore();
  return useMemo(() => {
    const bound: Record<string, unknown> = {};
    for (const [name, action] of Object.entries(actions) as [string, Action][]) {
      // Each action's own parameter list is kept by the BoundActions type; here they are forwarded as is.
      bound[name] = (...args: unknown[]) =>
        store.update((s) => (action as (s: AppState, ...a: unknown[]) => AppState)(s, ...args));
    }
    return bound as BoundActions;
  }, [store]);
}

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
