// @vitest-environment happy-dom
// The list view and the live region over the small fixture (pbc coordinates with pbf, has an advantage over
// the Security Council, supports Côte D'Ivoire): selecting in the list selects in the store and is announced.
import { act, cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { syntheticModel } from "../../../../scripts/lib/syntheticModel";
import { prepareGraph } from "../../../../src/open/loadGraph";
import { assembleGraph } from "../../../../src/model/brief/assemble";
import { actions } from "../../../../src/state/actions";
import type { AppState } from "../../../../src/state/appState";
import { ListView } from "../../../../src/ui/a11y/ListView";
import { LiveRegion } from "../../../../src/ui/a11y/LiveRegion";
import { renderWithGraph } from "../../../support/renderApp";

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

/** Long enough for a list that grows a few kinds per task to finish on a busy machine. */
const GROWTH_TIMEOUT_MS = 10_000;

/** The kinds listed so far, as their headings read. */
const kindsListed = () => screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);

/** The list's section for the kind whose heading matches `name`. */
const section = (name: RegExp) => screen.getByRole("heading", { level: 3, name }).closest("section")!;

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
    const evidence = within(pbc).getByRole("button", {
      name: "Evidence: Peacebuilding Commission supports Côte D’Ivoire",
    });
    expect(connections.contains(evidence)).toBe(true);
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

  it("gives each node's figures: connections by direction and betweenness with its rank", () => {
    renderList();
    const pbc = screen.getByRole("heading", { level: 4, name: "Peacebuilding Commission" }).closest("li")!;
    expect(pbc.querySelector(".list-figures")?.textContent).toBe(
      // A star: every path between two others passes through the Commission.
      "Figures: 3 connections (2 outgoing, 0 incoming, 1 mutual); betweenness 1.000, 1st of 4",
    );
  });

  it("shows what the filters show and says how much they hide", () => {
    renderList((s) => drawn({ ...s, view: { ...s.view, hiddenTypes: new Set(["place"]) } }));
    expect(screen.queryByRole("heading", { name: "Côte D’Ivoire" })).toBeNull();
    expect(screen.getByText(/Showing 3 of 4 nodes and 2 of 3 connections/)).toBeTruthy();
    expect(screen.getByText("Connections (2, 1 hidden by the filters)")).toBeTruthy();
    act(() => fireEvent.click(screen.getByRole("button", { name: "Show everything" })));
    expect(screen.getByRole("heading", { name: "Côte D’Ivoire" })).toBeTruthy();
  });

  it("says why the selection went when a filter hid it", () => {
    const { store, update } = renderList();
    fireEvent.click(within(screen.getByRole("heading", { level: 4, name: "Côte D’Ivoire" })).getByRole("button"));
    act(() => update((s) => actions.toggleType(s, "place")));
    expect(store().view.selection).toBeNull();
    expect(screen.getByTestId("live-region").textContent).toBe(
      "Selection cleared: Côte D’Ivoire is hidden by the filters.",
    );
  });

  it("does not announce the selection a page opens with", () => {
    renderList((s) => drawn({ ...s, view: { ...s.view, selection: { kind: "node", id: "pbc" } } }));
    expect(screen.getByTestId("live-region").textContent).toBe("");
  });

  it("shows a big model a page of each kind at a time, moving focus to the first node of the next page", async () => {
    // 600 nodes: 60 of each of the ten kinds, labelled "Item 0" to "Item 599".
    const model = syntheticModel(600, { positions: true });
    const big = prepareGraph(assembleGraph(model, new Map(model.sources.map((s) => [s.id, s.text ?? ""]))));
    const { update } = renderList((s) => drawn({ ...s, load: { status: "ready", graph: big } }));
    // 250 nodes on the first pages: one kind comes at once, the others two per task after.
    expect(kindsListed()).toEqual(["Recommendation (60)"]);
    // Eight more kinds of 25 entries each, two per task, rendered in happy-dom: past the default second of
    // waiting when the machine is busy (CI runs the end-to-end tests alongside).
    await waitFor(() => expect(kindsListed()).toHaveLength(10), { timeout: GROWTH_TIMEOUT_MS });
    const shownLabels = () =>
      within(section(/^Concept/))
        .getAllByRole("heading", { level: 4 })
        .map((h) => h.textContent);
    expect(within(section(/^Concept/)).getByRole("heading", { level: 3 }).textContent).toBe("Concept (60)");
    expect(shownLabels()).toHaveLength(25);
    expect(within(section(/^Concept/)).getByText(/Showing 25 of 60\./)).toBeTruthy();

    act(() =>
      fireEvent.click(within(section(/^Concept/)).getByRole("button", { name: "Show 25 more of kind Concept" })),
    );
    expect(shownLabels()).toHaveLength(50);
    expect(document.activeElement?.textContent).toBe(shownLabels()[25]);
    act(() =>
      fireEvent.click(within(section(/^Concept/)).getByRole("button", { name: "Show 10 more of kind Concept" })),
    );
    expect(shownLabels()).toHaveLength(60);
    expect(within(section(/^Concept/)).queryByRole("button", { name: /^Show \d+ more/ })).toBeNull();

    // A node selected elsewhere (the canvas, the search) is listed even when it is further down than the page.
    const last = model.nodes
      .filter((n) => n.type === "document")
      .map((n) => n.label)
      .toSorted((a, b) => a.localeCompare(b, "en"))
      .at(-1)!;
    expect(within(section(/^Document/)).queryByRole("heading", { level: 4, name: last })).toBeNull();
    const id = model.nodes.find((n) => n.label === last)!.id;
    act(() => update((s) => ({ ...s, view: { ...s.view, selection: { kind: "node", id } } })));
    // Listed on its own after the first page, not by listing everything down to it.
    const beyond = within(section(/^Document/)).getByRole("list", {
      name: "The selected node, further down the list:",
    });
    expect(within(beyond).getByRole("heading", { level: 4, name: last })).toBeTruthy();
    expect(within(section(/^Document/)).getAllByRole("heading", { level: 4 })).toHaveLength(26);
  });

  it("lists a big model's selected kind at once, so the list opens on it, and the kinds between after", async () => {
    const model = syntheticModel(600, { positions: true });
    const big = prepareGraph(assembleGraph(model, new Map(model.sources.map((s) => [s.id, s.text ?? ""]))));
    const place = model.nodes.find((n) => n.type === "place")!;
    renderList((s) =>
      drawn({
        ...s,
        load: { status: "ready", graph: big },
        view: { ...s.view, selection: { kind: "node", id: place.id } },
      }),
    );
    // The first kind and the selection's, not the eight between: those came in the same task before.
    expect(kindsListed()).toEqual(["Recommendation (60)", "Place (60)"]);
    expect(within(section(/^Place/)).getByRole("heading", { level: 4, name: place.label })).toBeTruthy();
    // The others arrive in their places, above it (the browser keeps the selection in view: see the e2e test).
    await waitFor(() => expect(kindsListed()).toHaveLength(10), { timeout: GROWTH_TIMEOUT_MS });
    expect(kindsListed().slice(1, 3)).toEqual(["Finding (60)", "Concept (60)"]);
    expect(kindsListed().at(-1)).toBe("Place (60)");
  });
});
