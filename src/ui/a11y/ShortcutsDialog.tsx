/**
 * The "?" button and the modal dialog it opens, listing every shortcut. A native <dialog> opened with
 * showModal(): the rest of the page is inert, Escape closes it, and focus goes back to where it was.
 */
import { useCallback, useEffect, useRef } from "react";
import { isPlainShortcut } from "./keys";
import { SHORTCUT_GROUPS } from "./shortcuts";

/** The header's shortcuts button with its dialog; "?" anywhere outside a text field opens it too. */
export function ShortcutsDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLElement | null>(null);

  const open = useCallback(() => {
    const element = dialog.current;
    if (!element || element.open) return;
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
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
      <dialog ref={dialog} className="shortcuts-dialog" aria-labelledby="shortcuts-title" onClose={onClose}>
        <div className="dialog-header">
          <h2 id="shortcuts-title">Keyboard shortcuts</h2>
          <button ref={close} type="button" className="icon-button" onClick={() => dialog.current?.close()}>
            <span aria-hidden="true">×</span>
            <span className="visually-hidden">Close</span>
          </button>
        </div>
        {SHORTCUT_GROUPS.map((group, i) => (
          <section key={group.title} aria-labelledby={`shortcuts-group-${i}`}>
            <h3 id={`shortcuts-group-${i}`}>{group.title}</h3>
            <dl className="shortcut-list">
              {group.shortcuts.map((shortcut) => (
                <div key={shortcut.action}>
                  <dt>
                    <span aria-hidden={shortcut.spoken ? true : undefined}>
                      {shortcut.keys.map((key) => (
                        <kbd key={key}>{key}</kbd>
                      ))}
                    </span>
                    {shortcut.spoken && <span className="visually-hidden">{shortcut.spoken}</span>}
                  </dt>
                  <dd>{shortcut.action}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </dialog>
    </>
  );
}
