/** Saves a file the way browsers allow without a prompt: an object URL clicked through an <a download>. */
import { EXPORT_FORMATS, type ExportFormat } from "../../model/export/formats";

/** The text of a data or citations file as a Blob of `format`'s type. */
export function textBlob(text: string, format: ExportFormat): Blob {
  // A byte-order mark lets Excel open UTF-8 CSV without garbling accents; other tools ignore or strip it.
  const parts = EXPORT_FORMATS[format].extension === "csv" ? ["\uFEFF", text] : [text];
  return new Blob(parts, { type: `${EXPORT_FORMATS[format].mime};charset=utf-8` });
}

/** Starts the download of `blob` as `name`; `within` hosts the link (inside a modal dialog, the rest is inert). */
export function saveBlob(blob: Blob, name: string, within: HTMLElement = document.body): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.hidden = true;
  within.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty to hand the file over.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
