// @vitest-environment happy-dom
// The list view and the live region over the small fixture (pbc coordinates with pbf, has an advantage over
// the Security Council, supports Côte D'Ivoire): selecting in the list selects in the store and is announced.
import { act, cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { AppState } from "../../../src/state/appState";
import { ListView } from "../../../src/ui/a11y/ListView";
import { LiveRegion } from "../../../src/ui/a11y/LiveRegion";
import { renderWithGraph } from "../ui/renderApp";

afterEach(cleanup);

const drawn = (s: AppState): AppState => ({ ...s, canvasReady: true });

function renderList(patch: (s: AppState) => AppState = drawn) {
  return renderWithGraph(
    <>
      <ListView />
      <LiveRegion />
    </>,
    patch,
  );
}

describe("the list view", () => {
  it("has a heading per type and a heading button per node", () => {
    renderList();
    expect(screen.getByRole("heading", { level: 2, name: "Graph as a list" })).toBeTruthy();
    const types = screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    expect(types).toEqual(["UN body (3)", "Place (1)"]);
    const nodes = screen.getAllByRole("heading", { level: 4 }).map((h) => h.textContent);
    expect(nodes).toEqual(["Peacebuilding Commission", "Peacebuilding Fund", "Security Council", "Côte D’Ivoire"]);
    expect(screen.getByText(/All 4 nodes and 3 connections/)).toBeTruthy();
  });

  it("lists a node's connections and quotations", () => {
    renderList();
    const pbc = screen.getByRole("heading", { level: 4, name: "Peacebuilding Commission" }).closest("li")!;
    const connections = within(pbc).getByRole("list", { name: /Connections \(3\)/ });
    expect(within(connections).getAllByRole("listitem")).toHaveLength(3);
    expect(within(pbc).getByRole("button", { name: "Evidence: Peacebuilding Commission supports Côte D’Ivoire" }));
    expect(pbc.querySelector("blockquote")?.textContent).toContain("proactive and flexible role");
  });

  it("selects from the list, marks the current item and announces it", () => {
    const { store } = renderList();
    const heading = screen.getByRole("heading", { level: 4, name: "Peacebuilding Fund" });
    const button = within(heading).getByRole("button");
    fireEvent.click(button);
    expect(store().view.selection).toEqual({ kind: "node", id: "pbf" });
    expect(button.getAttribute("aria-current")).toBe("true");
    expect(screen.getByTestId("live-region").textContent).toBe("Selected Peacebuilding Fund, UN body, 1 connection.");
  });

  it("selects a connection through its evidence button", () => {
    const { store } = renderList();
    const evidence = screen.getByRole("button", { name: /Evidence: Peacebuilding Commission coordinates with/ });
    fireEvent.click(evidence);
    expect(store().view.selection).toEqual({ kind: "edge", id: "pbc-coordinates-with-pbf" });
    expect(evidence.getAttribute("aria-current")).toBe("true");
    expect(screen.getByTestId("live-region").textContent).toMatch(/^Selected connection: Peacebuilding Commission/);
  });

  it("shows what the filters show and says how much they hide", () => {
    renderList((s) => drawn({ ...s, view: { ...s.view, hiddenTypes: new Set(["place"]) } }));
    expect(screen.queryByRole("heading", { name: "Côte D’Ivoire" })).toBeNull();
    expect(screen.getByText(/Showing 3 of 4 nodes and 2 of 3 connections/)).toBeTruthy();
    expect(screen.getByText("Connections (2, 1 hidden by the filters)")).toBeTruthy();
    act(() => fireEvent.click(screen.getByRole("button", { name: "Show everything" })));
    expect(screen.getByRole("heading", { name: "Côte D’Ivoire" })).toBeTruthy();
  });

  it("does not announce the selection a page opens with", () => {
    renderList((s) => drawn({ ...s, view: { ...s.view, selection: { kind: "node", id: "pbc" } } }));
    expect(screen.getByTestId("live-region").textContent).toBe("");
  });
});
