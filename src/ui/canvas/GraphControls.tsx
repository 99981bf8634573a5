/** Zoom, fit, reset and the layout picker, floating over the canvas. */
import { isBigModel } from "../../model/query/graphSize";
import { LAYOUT_NAMES, type LayoutName } from "../../model/view/viewState";
import { canRelayout, layoutInEffect, LAYOUT_MAX_NODES } from "../../model/layout/layoutLimits";
import { useViewActions, useGraph, useGraphCommands, useLayoutName } from "../../state/hooks";
import { formatCount } from "../../model/file/formatCount";

const LAYOUT_LABELS: Record<LayoutName, string> = {
  shipped: "Curated",
  force: "Force-directed",
  concentric: "Rings by kind",
  // Short enough for the picker's box, which cut "Hierarchy from recommendations" off.
  hierarchy: "Hierarchy",
};

/** The canvas toolbar. */
export function GraphControls() {
  const commands = useGraphCommands();
  const layout = useLayoutName();
  const { setLayout } = useViewActions();
  const model = useGraph()?.valid.model;
  const nodeCount = model?.nodes.length ?? 0;
  // A big graph keeps its own positions: the other layouts would freeze the page for seconds or minutes.
  const relayout = canRelayout(nodeCount);
  return (
    <div className="graph-controls" role="toolbar" aria-label="Graph view" data-canvas-overlay>
      <button type="button" aria-label="Zoom in" title="Zoom in" onClick={() => commands.emit({ type: "zoom-in" })}>
        +
      </button>
      <button type="button" aria-label="Zoom out" title="Zoom out" onClick={() => commands.emit({ type: "zoom-out" })}>
        −
      </button>
      <button type="button" onClick={() => commands.emit({ type: "fit" })}>
        Fit
      </button>
      <button
        type="button"
        aria-label="Reset view"
        title={
          model && isBigModel(model)
            ? "Back to the shipped layout, at reading size where the graph opened"
            : "Back to the shipped layout, everything in view"
        }
        onClick={() => {
          commands.emit({ type: "reset" });
          setLayout("shipped");
        }}
      >
        Reset
      </button>
      <label
        className="layout-picker"
        title={relayout ? undefined : `Other layouts are offered up to ${formatCount(LAYOUT_MAX_NODES)} nodes.`}
      >
        <span>Layout</span>
        <select value={layoutInEffect(layout, nodeCount)} onChange={(e) => setLayout(e.target.value as LayoutName)}>
          {LAYOUT_NAMES.map((name) => (
            <option key={name} value={name} disabled={!relayout && name !== "shipped"}>
              {LAYOUT_LABELS[name]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
