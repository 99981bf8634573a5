/**
 * Driving the Export dialog as a reader does (by role and accessible name) and collecting the downloaded file.
 * Downloads are kept under test-results/exports/ to be looked at.
 */
import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";

export const EXPORT_DIR = "test-results/exports";

export interface ExportChoices {
  /** The format's radio label, e.g. "PNG image", "GraphML". */
  format: string;
  scope?: "Current view" | "Filtered or focused" | "Whole graph";
  scale?: 1 | 2 | 3 | 4;
  background?: "White" | "Transparent" | "Dark";
  title?: boolean;
  legend?: boolean;
  sourceLine?: boolean;
  /** The whole graph's "All labels" box. */
  allLabels?: boolean;
  /** Data files: "Keep the arrangement on screen". */
  arrangement?: boolean;
  /** Appended to the saved file's name so several exports of one view do not overwrite each other. */
  tag?: string;
}

export interface Exported {
  path: string;
  /** The name the app suggested. */
  name: string;
  /** What the dialog's live region said afterwards. */
  status: string;
}

/** The Export dialog, opened from the header's Export button if it is not open yet. */
export async function openExportDialog(page: Page) {
  const dialog = page.getByRole("dialog", { name: "Export" });
  if (!(await dialog.isVisible())) {
    await page.getByRole("button", { name: /Export/ }).click();
    await dialog.waitFor();
  }
  return dialog;
}

/** Makes the choices, presses Download and saves the file. */
export async function exportFile(page: Page, choices: ExportChoices): Promise<Exported> {
  const dialog = await openExportDialog(page);
  await dialog.getByRole("radio", { name: choices.format, exact: true }).check();
  if (choices.scope) await dialog.getByRole("radio", { name: choices.scope }).check();
  if (choices.scale) await dialog.getByRole("combobox", { name: "Scale" }).selectOption(String(choices.scale));
  if (choices.background) await dialog.getByRole("radio", { name: choices.background }).check();
  const boxes: [boolean | undefined, string | RegExp][] = [
    [choices.title, "Title"],
    [choices.legend, "Legend"],
    [choices.sourceLine, /^Source line/],
    [choices.allLabels, /^All labels/],
    [choices.arrangement, /^Keep the arrangement on screen/],
  ];
  for (const [wanted, name] of boxes) {
    if (wanted !== undefined)
      await dialog.getByRole("checkbox", { name, exact: typeof name === "string" }).setChecked(wanted);
  }
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: 30_000 }),
    dialog.getByRole("button", { name: "Download" }).click(),
  ]);
  const name = download.suggestedFilename();
  mkdirSync(EXPORT_DIR, { recursive: true });
  const path = `${EXPORT_DIR}/${choices.tag ? name.replace(/(\.[a-z]+)$/, `-${choices.tag}$1`) : name}`;
  await download.saveAs(path);
  const status = dialog.locator(".export-status");
  await page.waitForFunction((el) => !el?.classList.contains("busy"), await status.elementHandle());
  return { path, name, status: (await status.textContent()) ?? "" };
}
