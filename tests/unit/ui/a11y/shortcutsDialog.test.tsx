// @vitest-environment happy-dom
// The shortcuts dialog: opened by its button or "?" (but not while typing), modal, and focus goes back.
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ShortcutsDialog } from "../../../../src/ui/a11y/ShortcutsDialog";
import { SHORTCUT_GROUPS } from "../../../../src/ui/a11y/shortcuts";

afterEach(cleanup);

const dialog = () => document.querySelector("dialog")!;

describe("the shortcuts dialog", () => {
  it("opens from its button as a labelled modal dialog and gives focus back when closed", () => {
    render(<ShortcutsDialog />);
    const opener = screen.getByRole("button", { name: /Keyboard shortcuts/ });
    opener.focus();
    fireEvent.click(opener);
    expect(dialog().open).toBe(true);
    expect(dialog().getAttribute("aria-labelledby")).toBe("shortcuts-title");
    expect(document.getElementById("shortcuts-title")?.textContent).toBe("Keyboard shortcuts");
    expect(document.activeElement?.textContent).toContain("Close");
    fireEvent.click(screen.getByRole("button", { name: "Close", hidden: true }));
    fireEvent(dialog(), new Event("close"));
    expect(dialog().open).toBe(false);
    expect(document.activeElement).toBe(opener);
  });

  it("opens on ? outside text fields only", () => {
    render(
      <>
        <input aria-label="Somewhere to type" />
        <ShortcutsDialog />
      </>,
    );
    fireEvent.keyDown(screen.getByRole("textbox"), { key: "?" });
    expect(dialog().open).toBe(false);
    fireEvent.keyDown(document.body, { key: "?" });
    expect(dialog().open).toBe(true);
  });

  it("lists every group of shortcuts once opened", async () => {
    render(<ShortcutsDialog />);
    fireEvent.click(screen.getByRole("button", { name: /Keyboard shortcuts/ }));
    await screen.findByRole("heading", { level: 3, name: SHORTCUT_GROUPS[0]!.title, hidden: true });
    const titles = [...dialog().querySelectorAll("h3")].map((h) => h.textContent);
    expect(titles).toEqual(SHORTCUT_GROUPS.map((g) => g.title));
  });
});
