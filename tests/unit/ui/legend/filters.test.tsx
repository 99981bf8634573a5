// @vitest-environment happy-dom
// Legend as type filter, relation filter and the hidden-elements summary, over the small fixture.
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { syntheticModel } from "../../../../scripts/lib/syntheticModel";
import { prepareGraph } from "../../../../src/open/loadGraph";
import { assembleGraph } from "../../../../src/model/brief/assemble";
import { HiddenSummary } from "../../../../src/ui/canvas/HiddenSummary";
import { Legend } from "../../../../src/ui/legend/Legend";
import { renderWithGraph } from "../../../support/renderApp";

afterEach(cleanup);

/** Each legend line sample: whether it has an arrowhead, a dash, and how many strokes. */
const samples = (container: HTMLElement) =>
  [...container.querySelectorAll(".line-sample")].map((svg) => ({
    arrow: svg.querySelector("polygon") !== null,
    dashed: [...svg.querySelectorAll("line")].some((l) => l.getAttribute("stroke-dasharray")),
    lines: svg.querySelectorAll("line").length,
  }));

/** Opens the legend's filters, which load on first opening. */
async function openFilters() {
  const details = document.querySelector<HTMLDetailsElement>("details.relation-filter")!;
  details.open = true;
  fireEvent(details, new Event("toggle"));
  await screen.findByRole("combobox", { name: "Evidence" }, { timeout: 10_000 });
}

describe("Legend and HiddenSummary", () => {
  it("lists the kinds present with counts, and hides one on click", () => {
    const { store } = renderWithGraph(
      <>
        <Legend />
        <HiddenSummary />
      </>,
    );
    expect(screen.queryByRole("status")).toBeNull();
    const place = screen.getByRole("button", { name: /Place/ });
    expect(place.getAttribute("aria-pressed")).toBe("true");
    expect(screen.getByRole("button", { name: /UN body/ }).textContent).toContain("3");
    fireEvent.click(place);
    expect(store().view.hiddenTypes.has("place")).toBe(true);
    expect(place.getAttribute("aria-pressed")).toBe("false");
    expect(screen.getByRole("status").textContent).toContain(
      "Showing 3 of 4 nodes and 2 of 3 connections (hidden kinds: Place)",
    );
  });

  it("filters relations and shows everything again in one action", async () => {
    const { store } = renderWithGraph(
      <>
        <Legend />
        <HiddenSummary />
      </>,
      (s) => ({ ...s, view: { ...s.view, focus: { id: "pbf", depth: 1 } } }),
    );
    await openFilters();
    fireEvent.click(screen.getByRole("checkbox", { name: /supports/ }));
    expect(store().view.hiddenRelations.has("supports")).toBe(true);
    expect(screen.getByRole("status").textContent).toContain("focus on Peacebuilding Fund, 1 step");
    fireEvent.click(screen.getByRole("button", { name: "Show everything" }));
    expect(store().view.hiddenRelations.size).toBe(0);
    expect(store().view.focus).toBeNull();
    expect(screen.queryByRole("status")).toBeNull();
  });

  it("draws a big graph's line samples plain, as its canvas does, and says why", () => {
    const small = renderWithGraph(<Legend />);
    expect(samples(small.container).some((s) => s.arrow || s.dashed || s.lines > 1)).toBe(true);
    cleanup();

    // 700 nodes and 1,400 edges: big (2,000 elements or more).
    const model = syntheticModel(700, { positions: true });
    const big = prepareGraph(assembleGraph(model, new Map(model.sources.map((s) => [s.id, s.text ?? ""]))));
    const { container } = renderWithGraph(<Legend />, (s) => ({ ...s, load: { status: "ready", graph: big } }));
    expect(samples(container).length).toBeGreaterThan(1);
    expect(samples(container).every((s) => !s.arrow && !s.dashed && s.lines === 1)).toBe(true);
    expect(screen.getByText(/Large graph: lines are plain/)).toBeTruthy();
  });

  it("shows only what one source says, or where they disagree, and says so", async () => {
    const { store } = renderWithGraph(
      <>
        <Legend />
        <HiddenSummary />
      </>,
    );
    await openFilters();
    const evidence = screen.getByRole("combobox", { name: "Evidence" });
    // The small fixture has one source: no "only" or "disagree" to offer.
    expect([...evidence.querySelectorAll("option")].map((o) => o.textContent)).toEqual([
      "Everything",
      "What the brief says",
    ]);
    fireEvent.change(evidence, { target: { value: "in:brief" } });
    expect(store().view.evidence).toEqual({ kind: "in", source: "brief" });
  });

  it("shows or hides a whole family of relations at once", async () => {
    const { store } = renderWithGraph(<Legend />);
    await openFilters();
    fireEvent.click(screen.getByRole("button", { name: "Hide all Influence relations" }));
    expect([...store().view.hiddenRelations].toSorted()).toEqual(["has-advantage-over", "supports"]);
    fireEvent.click(screen.getByRole("button", { name: "Show all Influence relations" }));
    expect(store().view.hiddenRelations.size).toBe(0);
  });
});
