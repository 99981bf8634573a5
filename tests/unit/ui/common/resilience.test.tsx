// @vitest-environment happy-dom
// A failing panel stays contained; notices can be dismissed.
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { LoadError } from "../../../../src/ui/common/LoadError";
import { Notices } from "../../../../src/ui/common/Notices";
import { PanelBoundary } from "../../../../src/ui/common/PanelBoundary";
import { renderWithGraph } from "../../../support/renderApp";
import { actions } from "../../../../src/state/actions";

afterEach(cleanup);

function Broken(): never {
  throw new Error("boom");
}

describe("PanelBoundary", () => {
  it("shows the failure in place and keeps siblings alive", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    render(
      <>
        <PanelBoundary name="The details panel">
          <Broken />
        </PanelBoundary>
        <p>sibling</p>
      </>,
    );
    error.mockRestore();
    expect(screen.getByRole("alert").textContent).toContain("The details panel stopped working.");
    expect(screen.getByText("boom")).toBeTruthy();
    expect(screen.getByText("sibling")).toBeTruthy();
  });
});

describe("Notices", () => {
  it("lists notices and dismisses one", () => {
    const { store } = renderWithGraph(<Notices />, (s) => actions.addNotices(s, ["No node or edge with id `x`."]));
    expect(screen.getByText("No node or edge with id `x`.")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Dismiss notice" }));
    expect(store().notices).toEqual([]);
  });
});

describe("LoadError", () => {
  it("says what is wrong and where, like the CLI", () => {
    render(
      <LoadError
        title="The embedded model (graph-data/brief.graph.json) is invalid"
        issues={[
          { code: "duplicate-id", path: ["nodes", 3, "id"], message: "Id `pbc` is used twice.", fix: "Rename one." },
        ]}
      />,
    );
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("The embedded model (graph-data/brief.graph.json) is invalid");
    expect(alert.textContent).toContain("nodes[3].id");
    expect(alert.textContent).toContain("Id `pbc` is used twice.");
  });
});
