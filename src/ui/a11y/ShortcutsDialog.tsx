/**
 * The "?" button and the modal dialog it opens, listing every shortcut. A native <dialog> opened with
 * showModal(): the rest of the page is inert, Escape closes it, and focus goes back to where it was.
 */
import { Suspense, lazy, useCallback, useEffect, useRef, useState } from "react";
import { isPlainShortcut } from "./keys";

const ShortcutList = lazy(() => import("./ShortcutList"));

/** The header's shortcuts button with its dialog; "?" anywhere outside a text field opens it too. */
export function ShortcutsDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const [opened, setOpened] = useState(false);

  const open = useCallback(() => {
    const element = dialog.current;
    if (!element || element.open) return;
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setOpened(true);
    element.showModal();
    close.current?.focus();
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "?" || !isPlainShortcut(event)) return;
      event.preventDefault();
      open();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [open]);

  // Browsers differ on where focus goes when a dialog closes; put it back on what opened the dialog.
  const onClose = () => {
    if (opener.current?.isConnected) opener.current.focus();
    opener.current = null;
  };

  return (
    <>
      {/* The name starts with the visible "?", so speech users can say what they see (WCAG 2.5.3). */}
      <button
        type="button"
        className="shortcuts-button"
        aria-haspopup="dialog"
        title="Keyboard shortcuts"
        onClick={open}
      >
        ?<span className="visually-hidden"> Keyboard shortcuts</span>
      </button>
      <dialog ref={dialog} className="app-dialog shortcuts-dialog" aria-labelledby="shortcuts-title" onClose={onClose}>
        <div className="dialog-header">
          <h2 id="shortcuts-title">Keyboard shortcuts</h2>
          <button ref={close} type="button" className="icon-button" onClick={() => dialog.current?.close()}>
            <span aria-hidden="true">×</span>
            <span className="visually-hidden">Close</span>
          </button>
        </div>
        {/* The list loads when the dialog first opens: nobody needs it to read the graph. */}
        <Suspense fallback={<p role="status">Loading the shortcuts…</p>}>{opened && <ShortcutList />}</Suspense>
      </dialog>
    </>
  );
}
