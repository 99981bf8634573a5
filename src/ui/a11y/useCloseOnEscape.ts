/**
 * Closing the details panel from the keyboard: Escape inside it, or its close button. On a phone it is a
 * bottom sheet over the graph. Focus goes back where the reader came from (the canvas, a list item, the
 * search box); without this it would fall to the page's start when the panel's content disappears.
 */
import { useCallback, useRef, type FocusEvent, type KeyboardEvent } from "react";
import { useSelectionActions, useSelection } from "../../state/hooks";
import { focusCanvas } from "./focusTargets";

/** Handlers for the panel's root element, and `close` for its close button. */
export function useCloseOnEscape() {
  const selection = useSelection();
  const { select } = useSelectionActions();
  const cameFrom = useRef<HTMLElement | null>(null);

  const close = useCallback(() => {
    const back = cameFrom.current;
    select(null);
    // After React has removed the panel's content, so focus does not land in something about to vanish.
    requestAnimationFrame(() => {
      if (back?.isConnected && back.offsetParent !== null) back.focus();
      else focusCanvas();
    });
  }, [select]);

  const onFocus = useCallback((event: FocusEvent<HTMLElement>) => {
    const from = event.relatedTarget;
    if (from instanceof HTMLElement && !event.currentTarget.contains(from)) cameFrom.current = from;
  }, []);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.key !== "Escape" || event.defaultPrevented || !selection) return;
      event.preventDefault();
      close();
    },
    [close, selection],
  );

  return { close, onFocus, onKeyDown };
}
