// @vitest-environment happy-dom
// The layout picker: every layout for a graph the page can re-lay out quickly, only the curated positions for
// a bigger one (the others would freeze the page), with the reason on hover.
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { GraphControls } from "../../../../src/ui/canvas/GraphControls";
import { prepareGraph } from "../../../../src/open/loadGraph";
import { assembleGraph } from "../../../../src/model/brief/assemble";
import { syntheticModel } from "../../../../scripts/lib/syntheticModel";
import { renderWithGraph } from "../../../support/renderApp";

afterEach(cleanup);

const options = () =>
  screen.getAllByRole("option").map((o) => ({ name: o.textContent, disabled: (o as HTMLOptionElement).disabled }));

describe("layout picker", () => {
  it("offers every layout for a small graph, and switches to the one picked", () => {
    const { store } = renderWithGraph(<GraphControls />);
    expect(options().every((o) => !o.disabled)).toBe(true);
    fireEvent.change(screen.getByRole("combobox", { name: "Layout" }), { target: { value: "force" } });
    expect(store().view.layout).toBe("force");
  });

  it("offers only the curated positions for a graph of more than 500 nodes, and says why", () => {
    const model = syntheticModel(700, { positions: true });
    const texts = new Map(model.sources.map((s) => [s.id, s.text ?? ""]));
    const big = prepareGraph(assembleGraph(model, texts));
    renderWithGraph(<GraphControls />, (s) => ({
      ...s,
      load: { status: "ready", graph: big },
      view: { ...s.view, layout: "force" },
    }));
    expect(options()).toEqual([
      { name: "Curated", disabled: false },
      { name: "Force-directed", disabled: true },
      { name: "Rings by kind", disabled: true },
      { name: "Hierarchy", disabled: true },
    ]);
    // A link that names another layout still shows, and draws, the curated one.
    expect((screen.getByRole("combobox", { name: "Layout" }) as HTMLSelectElement).value).toBe("shipped");
    expect(screen.getByText("Layout").closest("label")?.getAttribute("title")).toBe(
      "Other layouts are offered up to 500 nodes.",
    );
    // 700 nodes and 1,400 edges: also a big graph, which Reset returns to its reading view rather than fitting.
    expect(screen.getByRole("button", { name: "Reset view" }).getAttribute("title")).toBe(
      "Back to the shipped layout, at reading size where the graph opened",
    );
  });
});
