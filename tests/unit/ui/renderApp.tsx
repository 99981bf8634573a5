// Renders components inside a store holding the small fixture, and exposes the store for assertions.
import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import { useStore } from "../../../src/state/hooks";
import { StoreProvider } from "../../../src/state/StoreProvider";
import type { AppState } from "../../../src/state/appState";
import type { Store } from "../../../src/state/store";
import { readyState } from "../state/smallGraph";

/** Renders `ui` with the small graph loaded; `patch` adjusts the initial state. */
export function renderWithGraph(ui: ReactNode, patch: (s: AppState) => AppState = (s) => s) {
  const holder: { store?: Store<AppState> } = {};
  function Grab() {
    holder.store = useStore();
    return null;
  }
  const result = render(
    <StoreProvider initial={patch(readyState())}>
      <Grab />
      {ui}
    </StoreProvider>,
  );
  return { ...result, store: () => holder.store!.get() };
}
