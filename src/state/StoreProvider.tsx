/** Provides the app store and the canvas command bus to the component tree. */
import { createContext, useState, type ReactNode } from "react";
import { INITIAL_STATE, type AppState } from "./appState";
import { createCommandBus, type CommandBus } from "./graphCommands";
import { createStore, type Store } from "./store";

export interface AppContextValue {
  store: Store<AppState>;
  commands: CommandBus;
}

export const AppContext = createContext<AppContextValue | null>(null);

/** Wraps the app; tests pass their own `initial` state. */
export function StoreProvider({ initial, children }: { initial?: AppState; children: ReactNode }) {
  const [value] = useState<AppContextValue>(() => ({
    store: createStore(initial ?? INITIAL_STATE),
    commands: createCommandBus(),
  }));
  return <AppContext value={value}>{children}</AppContext>;
}
