/**
 * Redraws the canvas in the theme in effect. Cytoscape is created once, so a theme change replaces its style
 * with our own JSON stylesheet for that theme (never text from a file); element classes are kept.
 */
import { useEffect, useRef } from "react";
import type { ThemeName } from "../../model/theme";
import { useResolvedTheme } from "../../state/theme";
import { useCy } from "../CyContext";
import { buildStylesheet } from "../stylesheet";

/** Renders nothing; `initial` is the theme the canvas was created with. */
export function ThemeController({ initial, big }: { initial: ThemeName; big: boolean }) {
  const cy = useCy();
  const theme = useResolvedTheme();
  const drawn = useRef(initial);
  useEffect(() => {
    if (drawn.current === theme || cy.destroyed()) return;
    drawn.current = theme;
    cy.style().fromJson(buildStylesheet(theme, big)).update();
  }, [cy, theme, big]);
  return null;
}
