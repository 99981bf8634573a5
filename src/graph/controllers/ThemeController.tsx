/**
 * Redraws the canvas in the theme in effect. Cytoscape is created once, so a theme change replaces its style
 * with our own JSON stylesheet for that theme (never text from a file); element classes are kept. A big graph's
 * stylesheet holds both themes (bigGraphStylesheet): it changes theme by a class on every element, a chunk at
 * a time with its canvas held until the last (changeInChunks.ts), as replacing the stylesheet resets every
 * element at once (~300 ms at 20,000 nodes).
 */
import { useEffect, useRef } from "react";
import type { Collection } from "cytoscape";
import type { ThemeName } from "../../look/theme";
import { useResolvedTheme } from "../../state/hooks";
import { useCy } from "../CyContext";
import { changeInChunks } from "../bigGraph/changeInChunks";
import { ALTERNATE_THEME_CLASS, buildStylesheet } from "../stylesheet";

/** Renders nothing; `initial` is the theme the canvas was created with. */
export function ThemeController({ initial, big }: { initial: ThemeName; big: boolean }) {
  const cy = useCy();
  const theme = useResolvedTheme();
  // The theme every element is drawn in; null while a big graph is part restyled.
  const drawn = useRef<ThemeName | null>(initial);
  useEffect(() => {
    if (drawn.current === theme || cy.destroyed()) return;
    if (!big) {
      cy.style().fromJson(buildStylesheet(theme)).update();
      drawn.current = theme;
      return;
    }
    drawn.current = null;
    const alternate = theme !== initial;
    const stop = new AbortController();
    const change = (step: Collection) =>
      alternate ? step.addClass(ALTERNATE_THEME_CLASS) : step.removeClass(ALTERNATE_THEME_CLASS);
    void changeInChunks(cy, cy.elements(), change, { signal: stop.signal }).then((complete) => {
      if (complete) drawn.current = theme;
    });
    return () => stop.abort();
  }, [cy, theme, initial, big]);
  return null;
}
