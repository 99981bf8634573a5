/**
 * Selecting something from a panel (search, connections, the reader) also brings it into view, changing the
 * filters or focus first if they hide it.
 */
import { useCallback } from "react";
import type { Selection } from "../../model/view/viewState";
import { useSelectionActions, useGraphCommands } from "../../state/hooks";

/** Returns a function that selects a node or edge and centres the canvas on it. */
export function useGoTo(): (selection: Selection) => void {
  const { goTo } = useSelectionActions();
  const commands = useGraphCommands();
  return useCallback(
    (selection: Selection) => {
      goTo(selection);
      if (selection) commands.emit({ type: "centre", id: selection.id });
    },
    [goTo, commands],
  );
}
