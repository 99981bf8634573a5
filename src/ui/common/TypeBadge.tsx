/** A node's type as shape, colour and words. */
import { NODE_TYPE_INFO, type NodeType } from "../../model/brief/vocabulary";
import { ShapeIcon } from "./ShapeIcon";

/** "◆ Finding" style badge. */
export function TypeBadge({ type }: { type: NodeType }) {
  return (
    <span className="type-badge">
      <ShapeIcon type={type} size={14} />
      {NODE_TYPE_INFO[type].label}
    </span>
  );
}
