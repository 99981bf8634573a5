/** A node type's shape and colour as a small SVG, matching the canvas; decorative, so hidden from AT. */
import { NODE_LOOK } from "../../graph/appearance";
import { NODE_BORDER } from "../../graph/canvasTheme";
import { shapeOutline } from "../../graph/shapeOutlines";
import { useResolvedTheme } from "../../state/theme";
import type { NodeType } from "../../model/vocabulary";

/** The legend glyph of `type`, `size` px square. */
export function ShapeIcon({ type, size = 18 }: { type: NodeType; size?: number }) {
  const look = NODE_LOOK[type];
  const theme = useResolvedTheme();
  const outline = shapeOutline(look.shape, size);
  const paint = { fill: look.fill, stroke: NODE_BORDER[theme][type], strokeWidth: 1.5 };
  return (
    <svg className="shape-icon" width={size} height={size} viewBox={`0 0 ${size} ${size}`} aria-hidden="true">
      {outline.kind === "circle" && <circle cx={size / 2} cy={size / 2} r={size / 2 - 1} {...paint} />}
      {outline.kind === "rounded-rect" && (
        <rect x={1} y={1} width={size - 2} height={size - 2} rx={size / 5} {...paint} />
      )}
      {outline.kind === "polygon" && <polygon points={outline.points} {...paint} />}
    </svg>
  );
}
