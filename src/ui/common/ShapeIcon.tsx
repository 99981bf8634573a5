/** A node type's shape and colour as a small SVG, matching the canvas; decorative, so hidden from AT. */
import { NODE_LOOK } from "../../graph/appearance";
import { NODE_BORDER } from "../../graph/canvasTheme";
import { shapePath } from "../../graph/shapePaths";
import { useResolvedTheme } from "../../state/theme";
import type { NodeType } from "../../model/vocabulary";

/** The legend glyph of `type`, `size` px square. */
export function ShapeIcon({ type, size = 18 }: { type: NodeType; size?: number }) {
  const look = NODE_LOOK[type];
  const theme = useResolvedTheme();
  const paint = { fill: look.fill, stroke: NODE_BORDER[theme][type], strokeWidth: 1.5 };
  return (
    <svg className="shape-icon" width={size} height={size} viewBox={`0 0 ${size} ${size}`} aria-hidden="true">
      {/* The canvas's own geometry, inset by the stroke so the outline is not clipped. */}
      <path d={shapePath(look.shape, size / 2, size / 2, size - 2, size - 2)} {...paint} />
    </svg>
  );
}
