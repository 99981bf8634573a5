// Renders components inside a store holding the small fixture, and exposes the store for assertions.
import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import { StoreProvider } from "../../src/state/StoreProvider";
import type { AppState } from "../../src/state/appState";
import { createStore } from "../../src/state/store";
import { readyState } from "./smallGraph";

/** Renders `ui` with the small graph loaded; `patch` adjusts the initial state. */
export function renderWithGraph(ui: ReactNode, patch: (s: AppState) => AppState = (s) => s) {
  const store = createStore<AppState>(patch(readyState()));
  const result = render(<StoreProvider store={store}>{ui}</StoreProvider>);
  return { ...result, store: () => store.get(), update: store.update };
}
