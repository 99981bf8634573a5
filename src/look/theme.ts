/** The colour theme a reader picks: follow the system, or always light, or always dark. */

export const THEME_PREFERENCES = ["system", "light", "dark"] as const;
export type ThemePreference = (typeof THEME_PREFERENCES)[number];
export type ThemeName = "light" | "dark";

/** Reads a stored preference; anything unknown (or nothing) means "system". */
export function parseThemePreference(raw: string | null | undefined): ThemePreference {
  return (THEME_PREFERENCES as readonly string[]).includes(raw ?? "") ? (raw as ThemePreference) : "system";
}

/** The theme to draw: the preference, or the system's when the preference is "system". */
export function resolveTheme(preference: ThemePreference, systemPrefersDark: boolean): ThemeName {
  if (preference === "system") return systemPrefersDark ? "dark" : "light";
  return preference;
}
