/**
 * The reader's own settings, remembered on the device rather than put in shared links: the theme and whether
 * the list view is open. state/preferences.ts reads and writes them; these only change the state.
 */
import type { ThemePreference } from "../../look/theme";
import type { AppState, Preferences } from "../appState";

const withPreferences = (s: AppState, patch: Partial<Preferences>): AppState =>
  Object.entries(patch).every(([key, value]) => s.preferences[key as keyof Preferences] === value)
    ? s
    : { ...s, preferences: { ...s.preferences, ...patch } };

export const preferenceActions = {
  setThemePreference: (s: AppState, theme: ThemePreference): AppState => withPreferences(s, { theme }),
  /** The system's light/dark setting changed (it decides while the preference is "system"). */
  systemThemeChanged: (s: AppState, systemDark: boolean): AppState => withPreferences(s, { systemDark }),
  setListOpen: (s: AppState, listOpen: boolean): AppState => withPreferences(s, { listOpen }),
};
