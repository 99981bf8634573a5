// @vitest-environment happy-dom
// The search combobox over the small fixture.
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { SearchBox } from "../../../../src/ui/search/SearchBox";
import { renderWithGraph } from "../../../support/renderApp";

afterEach(cleanup);

describe("SearchBox", () => {
  it("is a combobox named Search, focused by /", () => {
    renderWithGraph(<SearchBox />);
    const box = screen.getByRole("combobox", { name: /Search/ });
    fireEvent.keyDown(document.body, { key: "/" });
    expect(document.activeElement).toBe(box);
  });

  it("forgives accents and apostrophes, and Enter selects the active result", () => {
    const { store } = renderWithGraph(<SearchBox />);
    const box = screen.getByRole("combobox", { name: /Search/ });
    fireEvent.change(box, { target: { value: "cote divoire" } });
    const options = screen.getAllByRole("option");
    expect(options[0]?.textContent).toContain("Côte D’Ivoire");
    expect(box.getAttribute("aria-expanded")).toBe("true");
    fireEvent.keyDown(box, { key: "Enter" });
    expect(store().view.selection).toEqual({ kind: "node", id: "cote-d-ivoire" });
  });

  it("moves through results with the arrow keys", () => {
    const { store } = renderWithGraph(<SearchBox />);
    const box = screen.getByRole("combobox", { name: /Search/ });
    fireEvent.change(box, { target: { value: "peacebuilding" } });
    const first = screen.getAllByRole("option")[0]!;
    expect(first.getAttribute("aria-selected")).toBe("true");
    fireEvent.keyDown(box, { key: "ArrowDown" });
    const second = screen.getAllByRole("option")[1]!;
    // Equal label matches are ordered alphabetically: Commission, then Fund.
    expect(second.textContent).toContain("Peacebuilding Fund");
    expect(second.getAttribute("aria-selected")).toBe("true");
    expect(box.getAttribute("aria-activedescendant")).toBe(second.id);
    fireEvent.keyDown(box, { key: "Enter" });
    expect(store().view.selection).toEqual({ kind: "node", id: "pbf" });
  });

  it("says when nothing matches", () => {
    renderWithGraph(<SearchBox />);
    fireEvent.change(screen.getByRole("combobox", { name: /Search/ }), { target: { value: "zebra" } });
    expect(screen.getByText("No match for “zebra”")).toBeTruthy();
  });
});
