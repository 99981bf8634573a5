// @vitest-environment happy-dom
// The selection on the canvas: the selected element, its neighbourhood emphasised, everything else dimmed
// (not on a big graph), each class ending exactly where the latest selection puts it.
import { act, cleanup } from "@testing-library/react";
import cytoscape, { type Core } from "cytoscape";
import { afterEach, describe, expect, it } from "vitest";
import { CyContext } from "../../../../src/graph/CyContext";
import { SelectionController } from "../../../../src/graph/controllers/SelectionController";
import { toElements } from "../../../../src/graph/elements";
import { buildStylesheet } from "../../../../src/graph/stylesheet";
import type { Selection } from "../../../../src/model/view/viewState";
import type { AppState } from "../../../../src/state/appState";
import { loadSmallGraph } from "../../../support/smallGraph";
import { renderWithGraph } from "../../../support/renderApp";

afterEach(cleanup);

const graph = loadSmallGraph();

function canvas(): Core {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: buildStylesheet("light") as unknown as cytoscape.StylesheetJson,
    elements: toElements(graph.valid.model),
  });
}
const ids = (cy: Core, className: string) =>
  cy
    .elements(`.${className}`)
    .map((e) => e.id())
    .toSorted();
const select =
  (selection: Selection) =>
  (s: AppState): AppState => ({ ...s, view: { ...s.view, selection } });

function renderController(cy: Core, big: boolean) {
  return renderWithGraph(
    <CyContext value={cy}>
      <SelectionController big={big} />
    </CyContext>,
  );
}

describe("SelectionController", () => {
  it("has the canvas leave selecting to it: no element is selectable in Cytoscape's own sense", () => {
    const cy = canvas();
    expect(cy.elements().length).toBeGreaterThan(0);
    expect(
      cy
        .elements()
        .filter((e) => e.selectable())
        .map((e) => e.id()),
    ).toEqual([]);
    cy.destroy();
  });

  it("emphasises a node's neighbourhood and dims the rest, following each new selection", () => {
    const cy = canvas();
    const { update } = renderController(cy, false);
    for (const id of ["pbc", "pbf", "cote-d-ivoire", "pbc"]) {
      act(() => update(select({ kind: "node", id })));
      const near = cy.getElementById(id).closedNeighborhood();
      expect(ids(cy, "selected")).toEqual([id]);
      expect(ids(cy, "emph")).toEqual(near.map((e) => e.id()).toSorted());
      expect(ids(cy, "dimmed")).toEqual(
        cy
          .elements()
          .not(near)
          .map((e) => e.id())
          .toSorted(),
      );
    }
    act(() => update(select(null)));
    expect([ids(cy, "selected"), ids(cy, "emph"), ids(cy, "dimmed")]).toEqual([[], [], []]);
    cy.destroy();
  });

  it("dims nothing on a big graph", () => {
    const cy = canvas();
    const { update } = renderController(cy, true);
    act(() => update(select({ kind: "node", id: "pbc" })));
    expect(ids(cy, "selected")).toEqual(["pbc"]);
    expect(ids(cy, "dimmed")).toEqual([]);
    cy.destroy();
  });
});
