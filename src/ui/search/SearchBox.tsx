/** The search box in the header: picking a node goes there. "/" anywhere outside a text field focuses it. */
import { useRef } from "react";
import { useGoTo } from "../common/useGoTo";
import { NodeSearch } from "./NodeSearch";
import { useSlashToSearch } from "./useSlashToSearch";

/** The search box in the header. */
export function SearchBox() {
  const goTo = useGoTo();
  const input = useRef<HTMLInputElement>(null);
  useSlashToSearch(input);
  return (
    <NodeSearch
      label="Search the graph"
      placeholder="Search ( / )"
      input={input}
      onPick={(id) => goTo({ kind: "node", id })}
    />
  );
}
