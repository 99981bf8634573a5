/** The header's Export button; the dialog and every exporter behind it load on first use. */
import { lazy, Suspense, useRef, useState } from "react";
import { useGraph } from "../../state/hooks";
import { viewHref } from "../../state/viewHref";

const ExportDialog = lazy(() => import("./ExportDialog"));

/** Opens the Export dialog; focus comes back here when it closes. */
export function ExportButton() {
  const graph = useGraph();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <>
      <button ref={button} type="button" aria-haspopup="dialog" onClick={() => setOpen(true)} disabled={!graph}>
        Export…
      </button>
      {open && (
        <Suspense fallback={null}>
          <ExportDialog onClose={close} linkTo={viewHref} />
        </Suspense>
      )}
    </>
  );
}
