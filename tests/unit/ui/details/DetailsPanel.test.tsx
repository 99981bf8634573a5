// @vitest-environment happy-dom
// The details panel over the small fixture: pbc has one quote (with ** markers) and three connections.
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DetailsPanel } from "../../../../src/ui/details/DetailsPanel";
import { renderWithGraph } from "../../../support/renderApp";
import { loadSmallGraph, readyState } from "../../../support/smallGraph";

afterEach(cleanup);

const selecting =
  (kind: "node" | "edge", id: string) => (s: Parameters<Parameters<typeof renderWithGraph>[1] & {}>[0]) => ({
    ...s,
    view: { ...s.view, selection: { kind, id } },
  });

/** The roles given to an edge's ends: From and To, or none for a mutual relation. */
const endRoles = () => [...document.querySelectorAll(".end-role")].map((e) => e.textContent);

describe("DetailsPanel", () => {
  it("shows an overview when nothing is selected", () => {
    renderWithGraph(<DetailsPanel />);
    expect(screen.getByRole("heading", { level: 2, name: "Small test model" })).toBeTruthy();
  });

  it("shows a node's label, type, quote with emphasis and citation", () => {
    renderWithGraph(<DetailsPanel />, selecting("node", "pbc"));
    expect(screen.getByRole("heading", { level: 2, name: "Peacebuilding Commission" })).toBeTruthy();
    expect(screen.getByText("UN body")).toBeTruthy();
    const quote = document.querySelector("blockquote")!;
    expect(quote.textContent).toBe(
      "“There should be a more proactive and flexible role for the Peacebuilding Commission in prevention and sustaining peace.”",
    );
    expect(quote.querySelector("strong")?.textContent).toBe(
      "proactive and flexible role for the Peacebuilding Commission",
    );
    expect(screen.getByText("Brief, insight 9")).toBeTruthy();
  });

  it("copies a quotation with its full citation and a link back to its passage", async () => {
    const writeText = vi.fn(async (_text: string) => {});
    vi.stubGlobal("navigator", { ...navigator, clipboard: { writeText } });
    renderWithGraph(<DetailsPanel />, selecting("node", "pbc"));
    fireEvent.click(screen.getByRole("button", { name: "Copy quotation with citation" }));
    await vi.waitFor(() => expect(writeText).toHaveBeenCalled());
    const [citation, link] = writeText.mock.calls[0]![0].split(/ (?=https?:)/);
    expect(citation).toMatch(
      /^“There should be a more proactive .+” \(International Peace Institute, .+, insight 9\)$/,
    );
    const url = new URL(link!);
    expect([url.searchParams.get("node"), url.searchParams.get("passage")]).toEqual(["pbc", "brief:3744-3867"]);
    vi.unstubAllGlobals();
  });

  it("opens the quote's passage in the reader", () => {
    const { store } = renderWithGraph(<DetailsPanel />, selecting("node", "pbc"));
    fireEvent.click(screen.getByRole("button", { name: "Show in source" }));
    expect(store().view.passage).toEqual({ source: "brief", start: 3744, end: 3867 });
    expect(store().readerOpen).toBe(true);
  });

  it("groups connections by relation and moves the selection along one", () => {
    const { store } = renderWithGraph(<DetailsPanel />, selecting("node", "pbc"));
    const connections = screen.getByRole("region", { name: /Connections/ });
    expect(
      within(connections)
        .getAllByRole("heading", { level: 4 })
        .map((h) => h.textContent),
    ).toEqual(["supports → (outgoing)", "coordinates with → (outgoing)", "has advantage over → (outgoing)"]);
    fireEvent.click(within(connections).getByRole("button", { name: "Peacebuilding Fund" }));
    expect(store().view.selection).toEqual({ kind: "node", id: "pbf" });
  });

  it("shows both ends of an edge", async () => {
    const { store } = renderWithGraph(<DetailsPanel />, selecting("edge", "pbc-coordinates-with-pbf"));
    // An edge's details load on first use.
    expect((await screen.findByRole("heading", { level: 2 }, { timeout: 10_000 })).textContent).toBe(
      "Peacebuilding Commission coordinates with Peacebuilding Fund",
    );
    fireEvent.click(screen.getByRole("button", { name: "Peacebuilding Fund" }));
    expect(store().view.selection).toEqual({ kind: "node", id: "pbf" });
  });

  it("gives a directed edge's ends as from and to, and a mutual relation's without", async () => {
    renderWithGraph(<DetailsPanel />, selecting("edge", "pbc-coordinates-with-pbf"));
    await vi.waitFor(() => expect(endRoles()).toEqual(["Between", "and"]), { timeout: 10_000 });
    cleanup();
    renderWithGraph(<DetailsPanel />, selecting("edge", "pbc-supports-cote-d-ivoire"));
    await vi.waitFor(() => expect(endRoles()).toEqual(["From", "To"]), { timeout: 10_000 });
  });

  it("focuses on the neighbourhood", () => {
    const { store } = renderWithGraph(<DetailsPanel />, selecting("node", "pbf"));
    fireEvent.click(screen.getByRole("button", { name: "2 steps" }));
    expect(store().view.focus).toEqual({ id: "pbf", depth: 2 });
    expect(screen.getByRole("button", { name: "2 steps" }).getAttribute("aria-pressed")).toBe("true");
  });

  it("shows a model's descriptions as text: markup in them makes no element", () => {
    const markup = '<b>bold</b> & <img src="x" onerror="alert(1)">';
    const graph = loadSmallGraph();
    const pbc = graph.valid.model.nodes.find((n) => n.id === "pbc")!;
    (pbc as { description?: string }).description = `Node: ${markup}`;
    (graph.valid.model as { description?: string }).description = `Model: ${markup}`;
    const overview = renderWithGraph(<DetailsPanel />, () => readyState(graph));
    expect(overview.container.textContent).toContain(`Model: ${markup}`);
    expect(overview.container.querySelectorAll("b, img")).toHaveLength(0);
    cleanup();
    const node = renderWithGraph(<DetailsPanel />, (s) => selecting("node", "pbc")(readyState(graph)) ?? s);
    expect(node.container.textContent).toContain(`Node: ${markup}`);
    expect(node.container.querySelectorAll("b, img")).toHaveLength(0);
  });
});
