/**
 * A header button that opens a dialog loaded on first use (Export, Analyse): the dialog mounts on click,
 * unmounts when it closes, and focus comes back to the button.
 */
import { Suspense, useRef, useState, type ComponentType } from "react";
import { useGraph } from "../../state/hooks";

interface DialogButtonProps<P> {
  label: string;
  /** A lazy dialog that opens as it mounts and calls `onClose` once closed, however it closed. */
  dialog: ComponentType<P & { onClose: () => void }>;
  /** What else the dialog is given. */
  props: P;
}

/** The button, and its dialog while open; disabled until a graph is loaded. */
export function DialogButton<P extends object>({ label, dialog: Dialog, props }: DialogButtonProps<P>) {
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
        {label}
      </button>
      {open && (
        <Suspense fallback={null}>
          <Dialog {...props} onClose={close} />
        </Suspense>
      )}
    </>
  );
}
