// @vitest-environment happy-dom
// Legend as type filter, relation filter and the hidden-elements summary, over the small fixture.
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { HiddenSummary } from "../../../src/ui/graph/HiddenSummary";
import { Legend } from "../../../src/ui/legend/Legend";
import { renderWithGraph } from "./renderApp";

afterEach(cleanup);

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

  it("filters relations and shows everything again in one action", () => {
    const { store } = renderWithGraph(
      <>
        <Legend />
        <HiddenSummary />
      </>,
      (s) => ({ ...s, view: { ...s.view, focus: { id: "pbf", depth: 1 } } }),
    );
    fireEvent.click(screen.getByRole("checkbox", { name: /supports/ }));
    expect(store().view.hiddenRelations.has("supports")).toBe(true);
    expect(screen.getByRole("status").textContent).toContain("focus on Peacebuilding Fund, 1 step");
    fireEvent.click(screen.getByRole("button", { name: "Show everything" }));
    expect(store().view.hiddenRelations.size).toBe(0);
    expect(store().view.focus).toBeNull();
    expect(screen.queryByRole("status")).toBeNull();
  });
});
