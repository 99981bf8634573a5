/**
 * What node size says, in the legend, with the choice of measure, and the size labels are drawn at. Both are
 * the reader's own settings, remembered on the device.
 */
import { LABEL_SIZES, type LabelSize } from "../../look/labels";
import type { GraphModel } from "../../model/brief/schema";
import { SIZE_MEASURES, type SizeMeasure } from "../../model/query/importance";
import { useLabelSize, usePreferenceActions, useSizeBy } from "../../state/hooks";
import { ChoiceSelect } from "../common/ChoiceSelect";

const MEASURE_LABELS: Record<SizeMeasure, string> = {
  degree: "Connections",
  betweenness: "Betweenness",
};
const LABEL_SIZE_LABELS: Record<LabelSize, string> = { small: "Small", medium: "Medium", large: "Large" };

/** What each measure means, read after "Larger shapes". */
function meaning(measure: SizeMeasure, weighted: boolean): string {
  if (measure === "betweenness") return "lie on more of the shortest paths between other nodes";
  return weighted ? "weigh more as the curators judge, or have more connections" : "have more connections";
}

/** The size line of the legend, for a graph small enough to size and label by these rules. */
export function SizeAndLabels({ model }: { model: GraphModel }) {
  const sizeBy = useSizeBy();
  const labelSize = useLabelSize();
  const { setSizeBy, setLabelSize } = usePreferenceActions();
  const measure = sizeBy;
  const weighted = model.nodes.some((n) => n.weight !== undefined);
  return (
    <div className="legend-size">
      <p>
        Size <span className="legend-note">larger shapes {meaning(measure, weighted)}</span>
      </p>
      <label>
        Size by <ChoiceSelect value={measure} choices={SIZE_MEASURES} names={MEASURE_LABELS} onChange={setSizeBy} />
      </label>
      <label>
        Labels{" "}
        <ChoiceSelect value={labelSize} choices={LABEL_SIZES} names={LABEL_SIZE_LABELS} onChange={setLabelSize} />
      </label>
    </div>
  );
}
