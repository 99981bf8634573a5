// @vitest-environment happy-dom
// Filters on the canvas: a big graph's change is made in chunks and ends exactly where the filters say, even
// when the reader changes them again before the last chunk; a small graph's is made at once.
import { act, cleanup, waitFor } from "@testing-library/react";
import cytoscape, { type Core } from "cytoscape";
import { afterEach, describe, expect, it } from "vitest";
import { syntheticModel } from "../../../../scripts/lib/syntheticModel";
import { prepareGraph } from "../../../../src/open/loadGraph";
import { CyContext } from "../../../../src/graph/CyContext";
import { VisibilityController } from "../../../../src/graph/controllers/VisibilityController";
import { toElements } from "../../../../src/graph/elements";
import { buildStylesheet } from "../../../../src/graph/stylesheet";
import { assembleGraph } from "../../../../src/model/brief/assemble";
import type { NodeType } from "../../../../src/model/brief/vocabulary";
import type { AppState } from "../../../../src/state/appState";
import { renderWithGraph } from "../../../support/renderApp";

afterEach(cleanup);

// 1,000 nodes, 100 of each kind, and 2,000 edges: 3,000 elements, several chunks' worth.
const model = syntheticModel(1000, { positions: true });
const graph = prepareGraph(assembleGraph(model, new Map(model.sources.map((s) => [s.id, s.text ?? ""]))));

function canvas(): Core {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: buildStylesheet("light", true) as unknown as cytoscape.StylesheetJson,
    elements: toElements(model),
  });
}

/** Node and edge ids a filter on `types` should hide. */
function expectedHidden(types: NodeType[]) {
  const nodes = new Set(model.nodes.filter((n) => types.includes(n.type)).map((n) => n.id));
  const edges = model.edges.filter((e) => nodes.has(e.source) || nodes.has(e.target)).map((e) => e.id);
  return [...nodes, ...edges].toSorted();
}
const hiddenNow = (cy: Core) =>
  cy
    .elements(".hidden")
    .map((e) => e.id())
    .toSorted();

function renderController(cy: Core, big: boolean) {
  return renderWithGraph(
    <CyContext value={cy}>
      <VisibilityController big={big} />
    </CyContext>,
    (s) => ({ ...s, load: { status: "ready", graph } }),
  );
}
/** The store update that hides nodes of `types`. */
const hideTypes =
  (types: NodeType[]) =>
  (s: AppState): AppState => ({ ...s, view: { ...s.view, hiddenTypes: new Set(types) } });

describe("VisibilityController", () => {
  it("hides a kind at once on a small graph", () => {
    const cy = canvas();
    const { update } = renderController(cy, false);
    act(() => update(hideTypes(["person"])));
    expect(hiddenNow(cy)).toEqual(expectedHidden(["person"]));
    cy.destroy();
  });

  it("on a big graph, changes in chunks and ends at the latest filters however fast they change", async () => {
    const cy = canvas();
    const { update } = renderController(cy, true);
    act(() => update(hideTypes(["person"])));
    // Not all at once: chunks follow in later tasks.
    expect(hiddenNow(cy).length).toBeLessThan(expectedHidden(["person"]).length);
    await waitFor(() => expect(hiddenNow(cy)).toEqual(expectedHidden(["person"])));

    act(() => update(hideTypes(["place"])));
    act(() => update(hideTypes(["place", "event"])));
    act(() => update(hideTypes(["event"])));
    await waitFor(() => expect(hiddenNow(cy)).toEqual(expectedHidden(["event"])));
    cy.destroy();
  });
});
