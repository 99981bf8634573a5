/** The header's "Analyse" button: the key nodes and who is asked to do what, in a dialog loaded on first use. */
import { lazy, Suspense, useRef, useState } from "react";
import { useGraph } from "../../state/hooks";

const AnalyseDialog = lazy(() => import("./AnalyseDialog"));

/** Opens the Analyse dialog; focus comes back here when it closes. */
export function AnalyseButton() {
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
        Analyse…
      </button>
      {open && (
        <Suspense fallback={null}>
          <AnalyseDialog onClose={close} />
        </Suspense>
      )}
    </>
  );
}
