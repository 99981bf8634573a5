/**
 * Redraws the canvas in the theme in effect. Cytoscape is created once, so a theme change replaces its style
 * with our own JSON stylesheet for that theme (never text from a file); element classes are kept. A big graph
 * is restyled in chunks, with its canvas held until the last (restyleInChunks.ts).
 */
import { useEffect, useRef } from "react";
import type { ThemeName } from "../../model/theme";
import { useResolvedTheme } from "../../state/theme";
import { useCy } from "../CyContext";
import { restyleInChunks } from "../restyleInChunks";
import { buildStylesheet } from "../stylesheet";

/** Renders nothing; `initial` is the theme the canvas was created with. */
export function ThemeController({ initial, big }: { initial: ThemeName; big: boolean }) {
  const cy = useCy();
  const theme = useResolvedTheme();
  // The theme every element is drawn in; null while a big graph is part restyled.
  const drawn = useRef<ThemeName | null>(initial);
  useEffect(() => {
    if (drawn.current === theme || cy.destroyed()) return;
    const style = cy.style().fromJson(buildStylesheet(theme, big));
    if (!big) {
      style.update();
      drawn.current = theme;
      return;
    }
    drawn.current = null;
    const stop = new AbortController();
    void restyleInChunks(cy, { signal: stop.signal }).then((complete) => {
      if (complete) drawn.current = theme;
    });
    return () => stop.abort();
  }, [cy, theme, big]);
  return null;
}
