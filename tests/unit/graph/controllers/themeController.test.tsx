// @vitest-environment happy-dom
// The canvas follows the theme: a small graph by a new stylesheet at once, a big one by a class on every element,
// in chunks, ending in the theme last asked for however fast the reader switches.
import { act, cleanup, render, waitFor } from "@testing-library/react";
import cytoscape, { type Core } from "cytoscape";
import { afterEach, describe, expect, it } from "vitest";
import { syntheticModel } from "../../../../scripts/lib/syntheticModel";
import { CyContext } from "../../../../src/graph/CyContext";
import { ThemeController } from "../../../../src/graph/controllers/ThemeController";
import { toElements } from "../../../../src/graph/elements";
import { ALTERNATE_THEME_CLASS, bigGraphStylesheet, buildStylesheet } from "../../../../src/graph/stylesheet";
import { CANVAS_COLORS } from "../../../../src/look/canvasTheme";
import type { ThemePreference } from "../../../../src/look/theme";
import { actions } from "../../../../src/state/actions";
import { INITIAL_STATE } from "../../../../src/state/appState";
import { StoreProvider } from "../../../../src/state/StoreProvider";
import { createStore } from "../../../../src/state/store";

afterEach(cleanup);

// The store the controller reads the theme from; each test renders with a fresh one, on the system's light.
let store = createStore(INITIAL_STATE);
const setThemePreference = (theme: ThemePreference) => store.update((s) => actions.setThemePreference(s, theme));

// 1,000 nodes and 2,000 edges: several chunks' worth.
const model = syntheticModel(1000, { positions: true });
const hex = (rgb: string) =>
  `#${rgb
    .match(/\d+/g)!
    .map((v) => Number(v).toString(16).padStart(2, "0"))
    .join("")}`;
/** The label colour of every node, as #rrggbb. */
const labelColours = (cy: Core) => new Set(cy.nodes().map((n) => hex(n.style("color"))));

function canvas(big: boolean): Core {
  const style = big ? bigGraphStylesheet("light") : buildStylesheet("light");
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: style as unknown as cytoscape.StylesheetJson,
    elements: toElements(model),
  });
}

function renderController(cy: Core, big: boolean) {
  store = createStore(INITIAL_STATE);
  return render(
    <StoreProvider store={store}>
      <CyContext value={cy}>
        <ThemeController initial="light" big={big} />
      </CyContext>
    </StoreProvider>,
  );
}

describe("ThemeController", () => {
  it("restyles a small graph at once", () => {
    const cy = canvas(false);
    renderController(cy, false);
    act(() => setThemePreference("dark"));
    expect(labelColours(cy)).toEqual(new Set([CANVAS_COLORS.dark.label.toLowerCase()]));
    cy.destroy();
  });

  it("moves a big graph to the other theme by a class, in chunks, and back", async () => {
    const cy = canvas(true);
    renderController(cy, true);
    act(() => setThemePreference("dark"));
    // Not all at once: chunks follow in later tasks.
    expect(cy.elements(`.${ALTERNATE_THEME_CLASS}`).length).toBeLessThan(cy.elements().length);
    await waitFor(() => expect(cy.elements(`.${ALTERNATE_THEME_CLASS}`).length).toBe(cy.elements().length));
    expect(labelColours(cy)).toEqual(new Set([CANVAS_COLORS.dark.label.toLowerCase()]));

    act(() => setThemePreference("light"));
    act(() => setThemePreference("dark"));
    act(() => setThemePreference("light"));
    await waitFor(() => expect(cy.elements(`.${ALTERNATE_THEME_CLASS}`).length).toBe(0));
    expect(labelColours(cy)).toEqual(new Set([CANVAS_COLORS.light.label.toLowerCase()]));
    cy.destroy();
  });
});
