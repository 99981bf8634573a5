// @vitest-environment happy-dom
// The Export dialog over the small fixture (tests/fixtures/models/small.graph.json): a labelled modal dialog
// whose choices follow the format, whose data exports download at once, and whose images are asked of the
// canvas over the command bus.
import { act, cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { useEffect } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ImageRequest, ImageResult } from "../../../../src/model/export/imageOptions";
import { actions } from "../../../../src/state/actions";
import type { AppState } from "../../../../src/state/appState";
import { useGraphCommands } from "../../../../src/state/hooks";
import { StoreProvider } from "../../../../src/state/StoreProvider";
import { createStore } from "../../../../src/state/store";
import { ExportButton } from "../../../../src/ui/export/ExportButton";
import { DEFAULT_OPTIONS, rememberOptions } from "../../../../src/ui/export/exportOptions";
import { readyState } from "../../../support/smallGraph";

const saved: { name: string; blob: Blob }[] = [];

beforeEach(() => {
  saved.length = 0;
  // The dialog remembers choices while the page is open; every test starts from the defaults.
  rememberOptions(DEFAULT_OPTIONS);
  // happy-dom downloads nothing: record what the <a download> would have saved.
  vi.spyOn(URL, "createObjectURL").mockImplementation((blob) => {
    saved.push({ name: "", blob: blob as Blob });
    return "blob:test";
  });
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    saved[saved.length - 1]!.name = this.download;
  });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** Answers image requests like the canvas would, recording them. */
function FakeCanvas({ requests }: { requests: ImageRequest[] }) {
  const commands = useGraphCommands();
  useEffect(
    () =>
      commands.listen((command) => {
        if (command.type !== "export-image") return;
        requests.push(command.request);
        const result: ImageResult = { blob: new Blob(["png"]), width: 800, height: 600, scale: 2, clamped: false };
        command.respond(Promise.resolve(result));
      }),
    [commands, requests],
  );
  return null;
}

function renderDialog(withCanvas: boolean) {
  const requests: ImageRequest[] = [];
  const store = createStore<AppState>(actions.select(readyState(), { kind: "node", id: "pbc" }));
  render(
    <StoreProvider store={store}>
      <ExportButton />
      {withCanvas && <FakeCanvas requests={requests} />}
    </StoreProvider>,
  );
  return requests;
}

async function openDialog() {
  fireEvent.click(screen.getByRole("button", { name: /Export/ }));
  return waitFor(() => screen.getByRole("dialog", { name: "Export", hidden: true }));
}

describe("the Export dialog", () => {
  it("shows scale, background and frame options for PNG, and only the format for data", async () => {
    renderDialog(false);
    const dialog = await openDialog();
    expect((dialog as HTMLDialogElement).open).toBe(true);
    expect(screen.getByRole("combobox", { name: "Scale", hidden: true })).toBeTruthy();
    expect(screen.getByText("briefgraph-peacebuilding-commission.png")).toBeTruthy();
    fireEvent.click(screen.getByRole("radio", { name: "GraphML", hidden: true }));
    expect(screen.queryByRole("combobox", { name: "Scale", hidden: true })).toBeNull();
    expect(screen.queryByRole("radio", { name: "Whole graph", hidden: true })).toBeNull();
    expect(screen.getByText("briefgraph.graphml")).toBeTruthy();
  });

  it("downloads a data format straight from the model", async () => {
    renderDialog(false);
    await openDialog();
    fireEvent.click(screen.getByRole("radio", { name: "Nodes (CSV)", hidden: true }));
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Download", hidden: true })));
    expect(saved.map((s) => s.name)).toEqual(["briefgraph-nodes.csv"]);
    const text = await saved[0]!.blob.text();
    expect(text.split("\r\n").filter(Boolean)).toHaveLength(5);
    expect(screen.getByText("Downloaded briefgraph-nodes.csv.")).toBeTruthy();
  });

  it("asks the canvas for an image with the chosen options and reports its size", async () => {
    const requests = renderDialog(true);
    await openDialog();
    fireEvent.click(screen.getByRole("radio", { name: "Dark", hidden: true }));
    fireEvent.click(screen.getByRole("checkbox", { name: "Legend", hidden: true }));
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Download", hidden: true })));
    expect(requests).toEqual([
      {
        format: "png",
        scope: "view",
        scale: 2,
        background: "dark",
        title: "Peacebuilding Commission",
        legend: false,
        sourceLine: "Source: IPI Meeting Brief, 24 February 2017",
        allLabels: false,
      },
    ]);
    expect(saved.map((s) => s.name)).toEqual(["briefgraph-peacebuilding-commission.png"]);
    expect(screen.getByText("Downloaded briefgraph-peacebuilding-commission.png (800 × 600 px).")).toBeTruthy();
  });

  it("says so when there is no canvas to draw the image", async () => {
    renderDialog(false);
    await openDialog();
    fireEvent.click(screen.getByRole("radio", { name: "SVG image", hidden: true }));
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Download", hidden: true })));
    expect(saved).toEqual([]);
    expect(screen.getByText(/Could not export .*: The graph is not drawn yet/)).toBeTruthy();
  });
});
