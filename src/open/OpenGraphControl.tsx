/** The "Open graph" button and the file input behind it. */
import { useRef } from "react";
import { openFile } from "./graphOpener";
import { useOpeningActions } from "../state/hooks";

/** A button that opens the system file picker for a briefgraph model (.json). */
export function OpenGraphControl() {
  const actions = useOpeningActions();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        Open graph
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        // The button above is the control people and assistive technology use; the input only does the picking.
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Clear it so choosing the same file again (after fixing it) fires a change.
          event.currentTarget.value = "";
          if (file) void openFile(actions, file);
        }}
      />
    </>
  );
}
