// @vitest-environment happy-dom
// The reader's preferences live in the store: read from the device when the store is made, written back when
// they change, and the system's light/dark setting followed while it decides.
import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { actions } from "../../../src/state/actions";
import { INITIAL_STATE } from "../../../src/state/appState";
import { readPreferences, resolvedTheme, usePreferencesOnDevice } from "../../../src/state/preferences";
import { createStore } from "../../../src/state/store";

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

function Remember({ store }: { store: ReturnType<typeof createStore<typeof INITIAL_STATE>> }) {
  usePreferencesOnDevice(store);
  return null;
}

describe("preferences", () => {
  it("are read from the device, and anything unknown there means the defaults", () => {
    expect(readPreferences()).toMatchObject({ theme: "system", listOpen: false });
    window.localStorage.setItem("briefgraph.theme", "dark");
    window.localStorage.setItem("briefgraph.listView", "open");
    expect(readPreferences()).toMatchObject({ theme: "dark", listOpen: true });
    window.localStorage.setItem("briefgraph.theme", "<b>neon</b>");
    expect(readPreferences().theme).toBe("system");
  });

  it("are written back when they change, and forgotten when back to the defaults", () => {
    const store = createStore(INITIAL_STATE);
    render(<Remember store={store} />);
    store.update((s) => actions.setListOpen(actions.setThemePreference(s, "light"), true));
    expect(window.localStorage.getItem("briefgraph.theme")).toBe("light");
    expect(window.localStorage.getItem("briefgraph.listView")).toBe("open");
    store.update((s) => actions.setListOpen(actions.setThemePreference(s, "system"), false));
    expect(window.localStorage.getItem("briefgraph.theme")).toBeNull();
    expect(window.localStorage.getItem("briefgraph.listView")).toBeNull();
  });

  it("resolve to the system's theme while the preference is system, and change nothing when set again", () => {
    const dark = actions.systemThemeChanged(INITIAL_STATE, true);
    expect(resolvedTheme(INITIAL_STATE)).toBe("light");
    expect(resolvedTheme(dark)).toBe("dark");
    expect(resolvedTheme(actions.setThemePreference(dark, "light"))).toBe("light");
    expect(actions.setThemePreference(dark, "system")).toBe(dark);
  });
});

describe("notices", () => {
  it("take their ids from the state, so the same state always gives the same ids", () => {
    const once = actions.addNotices(INITIAL_STATE, ["a", "b"]);
    expect(once.notices.map((n) => n.id)).toEqual([1, 2]);
    expect(actions.addNotices(INITIAL_STATE, ["a", "b"])).toEqual(once);
    expect(actions.addNotices(once, ["c"]).notices.map((n) => n.id)).toEqual([1, 2, 3]);
  });
});
