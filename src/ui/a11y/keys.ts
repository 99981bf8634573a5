/** Helpers for global keyboard shortcuts, which must never fire while the reader is typing. */

/** Whether `target` takes text input, so single-key shortcuts must leave its keys alone. */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || ["TEXTAREA", "SELECT"].includes(target.tagName)) return true;
  if (target.tagName !== "INPUT") return false;
  const type = (target as HTMLInputElement).type;
  return !["button", "checkbox", "radio", "submit", "reset", "range", "color", "file", "image"].includes(type);
}

/** Whether a key event is a plain printable-key shortcut: no Ctrl, Alt or Meta, and not typed into a field. */
export function isPlainShortcut(event: KeyboardEvent): boolean {
  return !event.ctrlKey && !event.altKey && !event.metaKey && !isTextField(event.target);
}
