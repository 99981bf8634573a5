/**
 * The reader's preferences on the device: read from localStorage (and the system's light/dark setting) when
 * the store is made, written back when they change, and the system setting followed while the page is open.
 */
import { useEffect } from "react";
import { parseThemePreference, resolveTheme, type ThemeName } from "../look/theme";
import { preferenceActions } from "./actions";
import type { AppState, Preferences } from "./appState";
import type { Store } from "./store";

const THEME_KEY = "briefgraph.theme";
const LIST_KEY = "briefgraph.listView";
const DARK_QUERY = "(prefers-color-scheme: dark)";

const systemDark = () => (typeof window !== "undefined" && window.matchMedia?.(DARK_QUERY).matches) ?? false;

/** The preferences remembered on this device; storage can be disabled (privacy settings, sandboxed frames). */
export function readPreferences(): Preferences {
  try {
    return {
      theme: parseThemePreference(window.localStorage.getItem(THEME_KEY)),
      systemDark: systemDark(),
      listOpen: window.localStorage.getItem(LIST_KEY) === "open",
    };
  } catch {
    return { theme: "system", systemDark: systemDark(), listOpen: false };
  }
}

function write(preferences: Preferences): void {
  try {
    if (preferences.theme === "system") window.localStorage.removeItem(THEME_KEY);
    else window.localStorage.setItem(THEME_KEY, preferences.theme);
    if (preferences.listOpen) window.localStorage.setItem(LIST_KEY, "open");
    else window.localStorage.removeItem(LIST_KEY);
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
      if (preferences.theme !== last.theme || preferences.listOpen !== last.listOpen) write(preferences);
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
