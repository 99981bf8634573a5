// @vitest-environment happy-dom
// The reading view over the small fixture's source (graph-data/sources/brief.txt), and over a long line.
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { syntheticModel } from "../../../../scripts/lib/syntheticModel";
import { prepareGraph } from "../../../../src/open/loadGraph";
import { validateModel } from "../../../../src/model/brief/validate";
import { ReaderView } from "../../../../src/ui/reader/ReaderView";
import { readyState } from "../../../support/smallGraph";
import { renderWithGraph } from "../../../support/renderApp";

afterEach(cleanup);

/** Long enough for pieces added a few per task to all be in on a busy machine (CI runs the e2e tests too). */
const GROWTH_TIMEOUT_MS = 10_000;

describe("ReaderView", () => {
  it("shows the source as text with cited passages as links, never as HTML", () => {
    renderWithGraph(<ReaderView />);
    expect(screen.getByRole("heading", { level: 2, name: "Brief" })).toBeTruthy();
    expect(document.body.textContent).not.toContain("**");
    const cited = screen.getByRole("link", { name: /Integrated reporting to the Security Council/ });
    expect(cited.getAttribute("href")).toBe("?node=security-council");
  });

  it("lets a keyboard reader skip past a source's cited passages in one step", () => {
    renderWithGraph(<ReaderView />);
    fireEvent.click(screen.getByRole("button", { name: "Skip past the Brief" }));
    expect(document.activeElement?.textContent).toBe("End of the Brief.");
  });

  it("highlights the open passage and selects what a cited passage supports", () => {
    const { store } = renderWithGraph(<ReaderView />, (s) => ({
      ...s,
      readerOpen: true,
      view: { ...s.view, passage: { source: "brief", start: 3744, end: 3867 } },
    }));
    const open = [...document.querySelectorAll('[data-open="true"]')].map((e) => e.textContent).join("");
    expect(open).toBe(
      "There should be a more proactive and flexible role for the Peacebuilding Commission in prevention and sustaining peace.",
    );
    fireEvent.click(screen.getByRole("link", { name: /Integrated reporting/ }));
    expect(store().view.selection).toEqual({ kind: "node", id: "security-council" });
  });

  it("offers a choice when a passage supports several things", () => {
    const { store } = renderWithGraph(<ReaderView />);
    // The Commission-and-Fund sentence backs the Fund node and the coordinates-with edge.
    fireEvent.click(screen.getByRole("link", { name: /Communication and coordination/ }));
    const menu = screen.getByRole("group", { name: "This passage supports" });
    fireEvent.click(menu.querySelector("button")!);
    expect(store().view.selection).not.toBeNull();
  });
});

describe("ReaderView on a source that is one long line", () => {
  // 1,200 sentences in one paragraph, each quoted by a node and two edges: one link per sentence.
  const model = syntheticModel(1200);
  const text = model.sources[0]!.text!;
  const validated = validateModel(model);
  if (!validated.ok) throw new Error("the synthetic model should validate");

  it("shows the first pieces at once, then a few more per task, until every word is there", async () => {
    renderWithGraph(<ReaderView />, () => ({ ...readyState(prepareGraph(validated.graph)), readerOpen: true }));
    const paragraph = document.querySelector('[data-passage="paragraph 1"]')!;
    const atOnce = paragraph.textContent!;
    expect(text.startsWith(atOnce)).toBe(true);
    expect(atOnce.length).toBeLessThan(text.length / 2);
    expect(paragraph.querySelectorAll(".passage-piece").length).toBeGreaterThan(1);
    await waitFor(() => expect(screen.getAllByRole("link")).toHaveLength(model.nodes.length), {
      timeout: GROWTH_TIMEOUT_MS,
    });
    expect(paragraph.textContent).toBe(text);
  });

  it("shows the open passage at once, with the text before it, and links it first", async () => {
    const middle = model.nodes[600]!.excerpts[0]!;
    renderWithGraph(<ReaderView />, (s) => ({
      ...readyState(prepareGraph(validated.graph)),
      readerOpen: true,
      view: { ...s.view, passage: { source: "synthetic", start: middle.start!, end: middle.end! } },
    }));
    const paragraph = document.querySelector('[data-passage="paragraph 1"]')!;
    const atOnce = paragraph.textContent!;
    expect(text.startsWith(atOnce)).toBe(true);
    expect(atOnce.length).toBeGreaterThan(middle.end!);
    expect(atOnce.length).toBeLessThan(text.length);
    expect(screen.getAllByRole("link").length).toBeLessThan(600);
    expect(screen.getByRole("link", { name: middle.quote }).dataset.open).toBe("true");
    await waitFor(() => expect(screen.getAllByRole("link")).toHaveLength(model.nodes.length), {
      timeout: GROWTH_TIMEOUT_MS,
    });
    expect(paragraph.textContent).toBe(text);
  });

  it("keeps a short passage in one piece, without wrappers", () => {
    renderWithGraph(<ReaderView />);
    expect(document.querySelectorAll(".passage-piece")).toHaveLength(0);
  });
});
