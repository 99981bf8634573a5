/** A short line drawn in a relation family's style, for the legend. Decorative. */
import { FAMILY_LOOK, type RelationFamily } from "../../look/appearance";
import { CANVAS_COLORS } from "../../look/canvasTheme";
import { lightDark } from "../theme/lightDark";

// Follows the page's colour scheme through CSS, like the shape icons.
const EDGE = lightDark(CANVAS_COLORS.light.edge, CANVAS_COLORS.dark.edge);

/** The line style of `family`, 36 px wide; `plain` draws it as a big graph's canvas does (stylesheet.ts). */
export function LineSample({ family, plain = false }: { family: RelationFamily; plain?: boolean }) {
  const look = plain ? { dash: undefined, double: false, arrow: false } : FAMILY_LOOK[family];
  const stroke = { style: { stroke: EDGE }, strokeWidth: 1.5, strokeDasharray: look.dash?.join(" ") };
  return (
    <svg className="line-sample" width="36" height="10" viewBox="0 0 36 10" aria-hidden="true">
      {look.double ? (
        <>
          <line x1="1" y1="3.5" x2="35" y2="3.5" {...stroke} strokeWidth={1} />
          <line x1="1" y1="6.5" x2="35" y2="6.5" {...stroke} strokeWidth={1} />
        </>
      ) : (
        <line x1="1" y1="5" x2={look.arrow ? 29 : 35} y2="5" {...stroke} />
      )}
      {look.arrow && <polygon points="28,1.5 35,5 28,8.5" style={{ fill: EDGE }} />}
    </svg>
  );
}
