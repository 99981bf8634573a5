/** Provides the app store, what is derived from it, and the canvas command bus to the component tree. */
import { createContext, useState, type ReactNode } from "react";
import { INITIAL_STATE, type AppState } from "./appState";
import { createDerived, type Derived } from "./derived";
import { createCommandBus, type CommandBus } from "./graphCommands";
import { readPreferences } from "./preferences";
import { createStore, type Store } from "./store";

export interface AppContextValue {
  store: Store<AppState>;
  /** Values computed from the store's state once per change, for every component that reads them. */
  derived: Derived;
  commands: CommandBus;
}

export const AppContext = createContext<AppContextValue | null>(null);

interface StoreProviderProps {
  /** The starting state; ignored when `store` is given. */
  initial?: AppState;
  /** An existing store, so tests can read and drive the same one the components use. */
  store?: Store<AppState>;
  children: ReactNode;
}

/**
 * Wraps the app with its store (a fresh one unless given, starting from the preferences remembered on this
 * device) and the canvas command bus.
 */
export function StoreProvider({ initial, store, children }: StoreProviderProps) {
  const [value] = useState<AppContextValue>(() => ({
    store: store ?? createStore(initial ?? { ...INITIAL_STATE, preferences: readPreferences() }),
    derived: createDerived(),
    commands: createCommandBus(),
  }));
  return <AppContext value={value}>{children}</AppContext>;
}
