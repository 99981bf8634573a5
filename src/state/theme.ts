/**
 * The colour theme: the reader's preference (remembered in localStorage, a personal setting rather than part
 * of a shared link) and the system's light/dark setting, combined into the theme the page and canvas draw.
 */
import { useSyncExternalStore } from "react";
import { parseThemePreference, resolveTheme, type ThemeName, type ThemePreference } from "../look/theme";

const STORAGE_KEY = "briefgraph.theme";
const DARK_QUERY = "(prefers-color-scheme: dark)";

const listeners = new Set<() => void>();
let preference: ThemePreference | null = null;

function readStored(): ThemePreference {
  try {
    return parseThemePreference(window.localStorage.getItem(STORAGE_KEY));
  } catch {
    // Storage can be disabled (privacy settings, sandboxed frames): fall back to following the system.
    return "system";
  }
}

function notify(): void {
  for (const listener of Array.from(listeners)) listener();
}

let media: MediaQueryList | null | undefined;

// One system-theme listener for the page, however many components subscribe.
function subscribe(listener: () => void): () => void {
  if (media === undefined) {
    media = window.matchMedia?.(DARK_QUERY) ?? null;
    media?.addEventListener("change", notify);
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The stored preference, read once per page. */
export function getThemePreference(): ThemePreference {
  preference ??= readStored();
  return preference;
}

/** The theme to draw now. */
export function getResolvedTheme(): ThemeName {
  return resolveTheme(getThemePreference(), window.matchMedia?.(DARK_QUERY).matches ?? false);
}

/** Changes and remembers the preference. */
export function setThemePreference(next: ThemePreference): void {
  preference = next;
  try {
    if (next === "system") window.localStorage.removeItem(STORAGE_KEY);
    else window.localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // Not remembered, but still applied for this visit.
  }
  notify();
}

/** The reader's preference: system, light or dark. */
export function useThemePreference(): ThemePreference {
  return useSyncExternalStore(subscribe, getThemePreference);
}

/** The theme in effect, following the system when the preference is "system". */
export function useResolvedTheme(): ThemeName {
  return useSyncExternalStore(subscribe, getResolvedTheme);
}
