/**
 * The reader's own settings, remembered on the device rather than put in shared links: the theme, whether the
 * list view is open, the label size and what node size says. state/preferences.ts reads and writes them; these only change the state.
 */
import type { ThemePreference } from "../../look/theme";
import type { LabelSize } from "../../look/labels";
import type { SizeMeasure } from "../../model/query/importance";
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
  setLabelSize: (s: AppState, labelSize: LabelSize): AppState => withPreferences(s, { labelSize }),
  setSizeBy: (s: AppState, sizeBy: SizeMeasure): AppState => withPreferences(s, { sizeBy }),
};
