// @vitest-environment happy-dom
// "How is it connected to…" over the small fixture, where the Peacebuilding Fund reaches Côte d'Ivoire only
// through the Commission (pbf — coordinates with — pbc, pbc — supports → cote-d-ivoire): picked by name,
// told as statements with their quotes, drawn on the canvas, copied as Markdown, and gone with the selection.
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DetailsPanel } from "../../../../src/ui/details/DetailsPanel";
import { renderWithGraph } from "../../../support/renderApp";
import type { AppState } from "../../../../src/state/appState";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const selectingPbf = (s: AppState): AppState => ({ ...s, view: { ...s.view, selection: { kind: "node", id: "pbf" } } });

async function connectPbfToCoteDIvoire() {
  const rendered = renderWithGraph(<DetailsPanel />, selectingPbf);
  fireEvent.click(screen.getByRole("button", { name: "How is it connected to…" }));
  const box = screen.getByRole("combobox", { name: "Connected to which node?" });
  fireEvent.change(box, { target: { value: "ivoire" } });
  fireEvent.keyDown(box, { key: "Enter" });
  // The view loads on first use: under a full parallel run, transforming it can take seconds.
  await screen.findByRole(
    "heading",
    { level: 2, name: "How Peacebuilding Fund is connected to Côte D’Ivoire" },
    { timeout: 10_000 },
  );
  return rendered;
}

describe("ConnectionView", () => {
  it("tells the path as statements with their quotes, and draws it on the canvas", async () => {
    const { store } = await connectPbfToCoteDIvoire();
    expect(store().view.connection).toEqual({ from: "pbf", to: "cote-d-ivoire", directed: false });
    const path = screen.getByRole("region", { name: "Path 1 of 1: 2 steps" });
    const steps = within(path)
      .getAllByRole("listitem")
      .filter((li) => li.parentElement?.classList.contains("path-steps"));
    expect(steps.map((li) => li.querySelector(".path-statement")?.textContent)).toEqual([
      "Peacebuilding Commission — coordinates with — Peacebuilding Fund",
      "Peacebuilding Commission — supports → Côte D’Ivoire",
    ]);
    expect(steps[1]!.querySelector("blockquote")?.textContent).toMatch(/^“.+”$/);
    expect(store().pathHighlight).toEqual({
      nodes: ["pbf", "pbc", "cote-d-ivoire"],
      edges: ["pbc-coordinates-with-pbf", "pbc-supports-cote-d-ivoire"],
    });
  });

  it("finds no path following the arrows, and says so", async () => {
    const { store } = await connectPbfToCoteDIvoire();
    fireEvent.click(screen.getByRole("checkbox", { name: "Follow the arrows" }));
    // The mutual relation is walked both ways, then pbc supports Côte d'Ivoire: still one path.
    expect(screen.getByRole("region", { name: "Path 1 of 1: 2 steps" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Swap the ends" }));
    expect(store().view.connection).toEqual({ from: "cote-d-ivoire", to: "pbf", directed: true });
    await screen.findByText("No path from Côte D’Ivoire to Peacebuilding Fund following the arrows.");
    expect(store().pathHighlight).toBeNull();
  });

  it("copies the path as Markdown with citations and a link back", async () => {
    const writeText = vi.fn(async (_text: string) => {});
    vi.stubGlobal("navigator", { ...navigator, clipboard: { writeText } });
    await connectPbfToCoteDIvoire();
    fireEvent.click(screen.getByRole("button", { name: "Copy as Markdown" }));
    await vi.waitFor(() => expect(writeText).toHaveBeenCalled());
    const markdown = writeText.mock.calls[0]![0];
    expect(markdown).toContain("## How Peacebuilding Fund is connected to Côte D’Ivoire");
    expect(markdown).toContain("### Path 1 of 1: 2 steps");
    expect(markdown).toContain("2. **Peacebuilding Commission** — supports → **Côte D’Ivoire**");
    expect(markdown).toMatch(/\n {3}> “.+” \(Brief, [a-z]+ \d+\)\n/);
    expect(markdown).toContain("- Brief: International Peace Institute, _");
    expect(markdown).toMatch(/\[Open in briefgraph\]\(<.+>\)\n$/);
  });

  it("goes back to the node's details, and goes away when another node is picked", async () => {
    const { store } = await connectPbfToCoteDIvoire();
    fireEvent.click(screen.getByRole("button", { name: "Back to Peacebuilding Fund" }));
    expect(store().view.connection).toBeNull();
    await screen.findByRole("heading", { level: 2, name: "Peacebuilding Fund" });
    expect(store().pathHighlight).toBeNull();
  });
});
