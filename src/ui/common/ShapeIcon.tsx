/** A node type's shape and colour as a small SVG, matching the canvas; decorative, so hidden from AT. */
import { NODE_LOOK } from "../../look/appearance";
import { NODE_BORDER } from "../../look/canvasTheme";
import { shapePath } from "../../look/shapePaths";
import type { NodeType } from "../../model/brief/vocabulary";
import { lightDark } from "../theme/lightDark";

// A hub's details show ~100 icons, each computing the same few paths: keep each size's path once.
const paths = new Map<string, string>();

function iconPath(type: NodeType, size: number): string {
  const key = `${type}/${size}`;
  let d = paths.get(key);
  if (d === undefined) {
    // The canvas's own geometry, inset by the stroke so the outline is not clipped.
    d = shapePath(NODE_LOOK[type].shape, size / 2, size / 2, size - 2, size - 2);
    paths.set(key, d);
  }
  return d;
}

/**
 * The legend glyph of `type`, `size` px square. Its outline follows the page's colour scheme through CSS
 * (light-dark()), as every other colour on the page does, rather than a theme subscription per icon.
 */
export function ShapeIcon({ type, size = 18 }: { type: NodeType; size?: number }) {
  const stroke = lightDark(NODE_BORDER.light[type], NODE_BORDER.dark[type]);
  return (
    <svg className="shape-icon" width={size} height={size} viewBox={`0 0 ${size} ${size}`} aria-hidden="true">
      <path d={iconPath(type, size)} fill={NODE_LOOK[type].fill} strokeWidth={1.5} style={{ stroke }} />
    </svg>
  );
}
