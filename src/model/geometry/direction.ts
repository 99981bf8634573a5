/**
 * Which node an arrow key leads to, from positions on screen: the canvas's keyboard navigation. Pure, so it is
 * tested without a browser; the graph layer passes in rendered positions (y grows downwards, as on screen).
 */

export type Direction = "up" | "down" | "left" | "right";

export interface Placed {
  id: string;
  x: number;
  y: number;
}

/** Half the width of the cone an arrow key looks into, in degrees: 60° either side of the key's direction. */
const CONE_DEGREES = 60;

const KEY_ANGLE: Record<Direction, number> = { right: 0, down: 90, left: 180, up: -90 };

/** The arrow key's direction for a KeyboardEvent.key, or null for any other key. */
export function directionOfKey(key: string): Direction | null {
  switch (key) {
    case "ArrowUp":
      return "up";
    case "ArrowDown":
      return "down";
    case "ArrowLeft":
      return "left";
    case "ArrowRight":
      return "right";
    default:
      return null;
  }
}

/** The smallest angle between two bearings, 0 to 180 degrees. */
function angleBetween(a: number, b: number): number {
  const d = Math.abs(a - b) % 360;
  return d > 180 ? 360 - d : d;
}

interface Measured {
  id: string;
  distance: number;
  /** How far off the key's direction the candidate lies, 0 to 180 degrees. */
  offAxis: number;
}

function measure(origin: Placed, candidate: Placed, direction: Direction): Measured {
  const dx = candidate.x - origin.x;
  const dy = candidate.y - origin.y;
  const bearing = (Math.atan2(dy, dx) * 180) / Math.PI;
  return { id: candidate.id, distance: Math.hypot(dx, dy), offAxis: angleBetween(bearing, KEY_ANGLE[direction]) };
}

/**
 * The candidate an arrow key moves to from `origin`: the nearest one lying within ±60° of the key's direction;
 * if none lies that way, the one closest in angle to it (so every press moves somewhere, and repeated presses
 * walk on). Candidates at the origin's own position and the origin itself are skipped; ties go to model order.
 */
export function chooseInDirection(origin: Placed, candidates: readonly Placed[], direction: Direction): string | null {
  const measured = candidates
    .filter((c) => c.id !== origin.id)
    .map((c) => measure(origin, c, direction))
    .filter((m) => m.distance > 0.5);
  if (measured.length === 0) return null;
  const inCone = measured.filter((m) => m.offAxis <= CONE_DEGREES);
  const pool = inCone.length > 0 ? inCone : measured;
  const best = pool.reduce((a, b) => {
    if (inCone.length > 0) return b.distance < a.distance ? b : a;
    return b.offAxis < a.offAxis || (b.offAxis === a.offAxis && b.distance < a.distance) ? b : a;
  });
  return best.id;
}
