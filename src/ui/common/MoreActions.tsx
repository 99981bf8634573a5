/**
 * Secondary header actions: shown inline on wide screens, folded behind a "More" button on narrow ones so the
 * canvas keeps its height on a phone. Escape closes the menu and returns focus to its button.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from "react";

/** Wraps actions that may fold into a menu; CSS decides when the fold applies. */
export function MoreActions({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return undefined;
    // A click anywhere else closes the menu, as menus do.
    const close = (event: PointerEvent) => {
      if (!box.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", close);
    return () => document.removeEventListener("pointerdown", close);
  }, [open]);
  return (
    <div
      ref={box}
      className="more-actions"
      data-open={open}
      onKeyDown={(event) => {
        if (event.key !== "Escape" || !open) return;
        event.stopPropagation();
        setOpen(false);
        toggle.current?.focus();
      }}
    >
      <button
        ref={toggle}
        type="button"
        className="more-toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        More
      </button>
      <div id={id} className="more-items">
        {children}
      </div>
    </div>
  );
}
