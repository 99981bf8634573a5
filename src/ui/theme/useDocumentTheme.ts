/**
 * Puts the reader's theme choice on <html data-theme>: base.css then sets color-scheme, and every colour,
 * written as light-dark(), follows. Without a choice the attribute is absent and the system decides.
 */
import { useEffect } from "react";
import { useThemePreference } from "../../state/hooks";

/** Mount once, near the root. */
export function useDocumentTheme(): void {
  const preference = useThemePreference();
  useEffect(() => {
    const root = document.documentElement;
    if (preference === "system") delete root.dataset.theme;
    else root.dataset.theme = preference;
  }, [preference]);
}
