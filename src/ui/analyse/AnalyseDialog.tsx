/**
 * The Analyse dialog: the graph's key nodes (most connected, most central) and who is asked to do what. A
 * native modal <dialog>, opened as it mounts; picking a node or a cell selects it on the graph and closes it.
 */
import { useEffect, useRef, useState } from "react";
import { useGraph } from "../../state/hooks";
import { useGoTo } from "../common/useGoTo";
import type { Selection } from "../../model/view/viewState";
import { KeyNodes } from "./KeyNodes";
import { DialogHeader } from "../common/DialogHeader";
import { WhoIsAskedTable } from "./WhoIsAskedTable";

const TABS = [
  { id: "key-nodes", label: "Key nodes" },
  { id: "who-is-asked", label: "Who is asked to do what" },
] as const;
type Tab = (typeof TABS)[number]["id"];

/** The dialog; `onClose` runs after it closed, however it closed. */
export default function AnalyseDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const graph = useGraph();
  const goTo = useGoTo();
  const [tab, setTab] = useState<Tab>("key-nodes");
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  if (!graph) return null;
  const pick = (selection: Selection) => {
    goTo(selection);
    dialog.current?.close();
  };
  return (
    <dialog ref={dialog} className="app-dialog analyse-dialog" aria-labelledby="analyse-title" onClose={onClose}>
      <DialogHeader titleId="analyse-title" title="Analyse" onClose={() => dialog.current?.close()} />
      <div className="analyse-tabs" role="tablist" aria-label="What to analyse">
        {TABS.map(({ id, label }) => (
          <button
            key={id}
            id={`tab-${id}`}
            type="button"
            role="tab"
            aria-selected={tab === id}
            aria-controls={`panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            onClick={() => setTab(id)}
            onKeyDown={(event) => {
              if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
              const next = TABS[(TABS.findIndex((t) => t.id === id) + 1) % TABS.length]!.id;
              setTab(next);
              document.getElementById(`tab-${next}`)?.focus();
            }}
          >
            {label}
          </button>
        ))}
      </div>
      <div id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`} className="analyse-panel">
        {tab === "key-nodes" ? (
          <KeyNodes index={graph.index} onPick={pick} />
        ) : (
          <WhoIsAskedTable graph={graph} onPick={pick} />
        )}
      </div>
    </dialog>
  );
}
