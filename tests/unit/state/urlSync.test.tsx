// @vitest-environment happy-dom
// URL ⇄ view sync in a DOM with real history, over the small fixture.
import { act, cleanup, render, waitFor } from "@testing-library/react";
import { useEffect } from "react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { useAppState, useFilterActions, useSelectionActions } from "../../../src/state/hooks";
import { StoreProvider } from "../../../src/state/StoreProvider";
import { useUrlSync, writePendingUrl } from "../../../src/state/useUrlSync";
import type { AppState } from "../../../src/state/appState";
import { readyState } from "../../support/smallGraph";

type BoundActions = ReturnType<typeof useSelectionActions> & ReturnType<typeof useFilterActions>;

// What the probe saw at its last commit, reported through a prop (components must not write outer variables).
const seen: { actions?: BoundActions; state?: AppState } = {};
const report = (actions: BoundActions, state: AppState): void => {
  Object.assign(seen, { actions, state });
};

function Probe({ onCommit }: { onCommit: typeof report }) {
  useUrlSync(true);
  const actions = { ...useSelectionActions(), ...useFilterActions() };
  const state = useAppState((s) => s);
  useEffect(() => onCommit(actions, state));
  return null;
}

const bound = new Proxy({} as BoundActions, { get: (_, key) => seen.actions![key as keyof BoundActions] });
const latest = new Proxy({} as AppState, { get: (_, key) => seen.state![key as keyof AppState] });

const mount = () =>
  render(
    <StoreProvider initial={readyState()}>
      <Probe onCommit={report} />
    </StoreProvider>,
  );

beforeEach(() => window.history.replaceState(null, "", "/"));
afterEach(cleanup);

describe("useUrlSync", () => {
  it("applies a link's view", () => {
    window.history.replaceState(null, "", "/?node=pbc&hide=place&layout=concentric");
    mount();
    expect(latest.view.selection).toEqual({ kind: "node", id: "pbc" });
    expect(latest.view.hiddenTypes.has("place")).toBe(true);
    expect(latest.view.layout).toBe("concentric");
    expect(latest.notices).toEqual([]);
  });

  it("opens on an unknown id with a notice and a cleaned URL", () => {
    window.history.replaceState(null, "", "/?node=xyz&layout=spiral");
    mount();
    expect(latest.view.selection).toBeNull();
    expect(latest.notices.map((n) => n.text)).toEqual([
      "No layout called `spiral`; showing the shipped layout.",
      "No node or edge with id `xyz`; showing the whole graph.",
    ]);
    expect(window.location.search).toBe("");
  });

  it("pushes history for selections and replaces it for filters, once the change is painted", async () => {
    mount();
    const before = window.history.length;
    act(() => bound.select({ kind: "node", id: "pbc" }));
    // Not in the task that made the change: the write waits for the next frame.
    expect(window.location.search).toBe("");
    await waitFor(() => expect(window.location.search).toBe("?node=pbc"));
    expect(window.history.length).toBe(before + 1);
    act(() => bound.toggleType("place"));
    await waitFor(() => expect(window.location.search).toBe("?node=pbc&hide=place"));
    expect(window.history.length).toBe(before + 1);
  });

  it("writes a waiting change at once when asked, as Copy link does", () => {
    mount();
    act(() => bound.select({ kind: "node", id: "pbc" }));
    writePendingUrl();
    expect(window.location.search).toBe("?node=pbc");
  });

  it("follows Back and Forward", async () => {
    mount();
    act(() => bound.select({ kind: "node", id: "pbc" }));
    await waitFor(() => expect(window.location.search).toBe("?node=pbc"));
    act(() => bound.select({ kind: "node", id: "pbf" }));
    await waitFor(() => expect(window.location.search).toBe("?node=pbf"));
    act(() => {
      window.history.replaceState(null, "", "/?node=pbc");
      window.dispatchEvent(new PopStateEvent("popstate"));
    });
    expect(latest.view.selection).toEqual({ kind: "node", id: "pbc" });
    expect(window.location.search).toBe("?node=pbc");
  });

  it("drops a change still waiting when Back or Forward comes first", async () => {
    mount();
    act(() => bound.select({ kind: "node", id: "pbf" }));
    act(() => {
      window.history.replaceState(null, "", "/?node=pbc");
      window.dispatchEvent(new PopStateEvent("popstate"));
    });
    // Past the frame the dropped write would have waited for.
    await act(() => new Promise((resolve) => setTimeout(resolve, 100)));
    expect(latest.view.selection).toEqual({ kind: "node", id: "pbc" });
    expect(window.location.search).toBe("?node=pbc");
  });
});
