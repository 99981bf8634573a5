/**
 * The reader's preferences on the device: read from localStorage (and the system's light/dark setting) when
 * the store is made, written back when they change, and the system setting followed while the page is open.
 */
import { useEffect } from "react";
import { parseThemePreference, resolveTheme, type ThemeName } from "../look/theme";
import { parseLabelSize } from "../look/labels";
import { preferenceActions } from "./actions";
import { INITIAL_STATE, type AppState, type Preferences } from "./appState";
import type { Store } from "./store";

const THEME_KEY = "briefgraph.theme";
const LIST_KEY = "briefgraph.listView";
const LABEL_KEY = "briefgraph.labelSize";
const SIZE_KEY = "briefgraph.sizeBy";
const DARK_QUERY = "(prefers-color-scheme: dark)";

const systemDark = () => (typeof window !== "undefined" && window.matchMedia?.(DARK_QUERY).matches) ?? false;

/** The preferences remembered on this device; storage can be disabled (privacy settings, sandboxed frames). */
export function readPreferences(): Preferences {
  try {
    return {
      theme: parseThemePreference(window.localStorage.getItem(THEME_KEY)),
      systemDark: systemDark(),
      listOpen: window.localStorage.getItem(LIST_KEY) === "open",
      labelSize: parseLabelSize(window.localStorage.getItem(LABEL_KEY)),
      sizeBy: window.localStorage.getItem(SIZE_KEY) === "betweenness" ? "betweenness" : "degree",
    };
  } catch {
    return { ...INITIAL_STATE.preferences, systemDark: systemDark() };
  }
}

function write(preferences: Preferences): void {
  try {
    if (preferences.theme === "system") window.localStorage.removeItem(THEME_KEY);
    else window.localStorage.setItem(THEME_KEY, preferences.theme);
    if (preferences.listOpen) window.localStorage.setItem(LIST_KEY, "open");
    else window.localStorage.removeItem(LIST_KEY);
    if (preferences.labelSize === "medium") window.localStorage.removeItem(LABEL_KEY);
    else window.localStorage.setItem(LABEL_KEY, preferences.labelSize);
    if (preferences.sizeBy === "degree") window.localStorage.removeItem(SIZE_KEY);
    else window.localStorage.setItem(SIZE_KEY, preferences.sizeBy);
  } catch {
    // Not remembered, but still applied for this visit.
  }
}

/** The theme the page and canvas draw now. */
export const resolvedTheme = (s: AppState): ThemeName => resolveTheme(s.preferences.theme, s.preferences.systemDark);

/** Remembers `store`'s preferences as they change, and follows the system's light/dark setting. Mount once. */
export function usePreferencesOnDevice(store: Store<AppState>): void {
  useEffect(() => {
    let last = store.get().preferences;
    const unsubscribe = store.subscribe(() => {
      const { preferences } = store.get();
      // The system's setting is not the reader's to remember.
      const remembered = (["theme", "listOpen", "labelSize", "sizeBy"] as const).some(
        (k) => preferences[k] !== last[k],
      );
      if (remembered) write(preferences);
      last = preferences;
    });
    const media = window.matchMedia?.(DARK_QUERY);
    const follow = (e: MediaQueryListEvent) => store.update((s) => preferenceActions.systemThemeChanged(s, e.matches));
    media?.addEventListener("change", follow);
    return () => {
      unsubscribe();
      media?.removeEventListener("change", follow);
    };
  }, [store]);
}
