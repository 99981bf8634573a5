/**
 * Boxes on screen bucketed into square cells, so asking whether a box overlaps any of thousands costs only the
 * boxes in the cells it touches: what sigma.js's label grid does for the same question. The label plan asks it
 * once per box a label could take, against every node shape in view and every label placed before.
 */
import type { ScreenBox } from "./keepInView";
import { overlaps } from "./labelBoxes";

/**
 * A box, and the node it belongs to: a label does not collide with its own node's shape. A `soft` box (a
 * dimmed shape) blocks only the labels that yield to it.
 */
export type OwnedBox = ScreenBox & { owner?: string; soft?: boolean };

export class BoxGrid {
  private readonly cells = new Map<number, OwnedBox[]>();

  /** `cell` px squares: about a label's height, so a box touches few cells and a cell holds few boxes. */
  constructor(private readonly cell = 48) {}

  /** The keys of the cells `box` touches, row-major; the grid is unbounded (boxes may lie off screen). */
  private keys(box: ScreenBox): number[] {
    const [c1, c2] = [Math.floor(box.x1 / this.cell), Math.floor(box.x2 / this.cell)];
    const [r1, r2] = [Math.floor(box.y1 / this.cell), Math.floor(box.y2 / this.cell)];
    const keys: number[] = [];
    // Cells 2^16 apart per row: unique for any screen within ±1.5 million px.
    for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) keys.push(r * 65_536 + c);
    return keys;
  }

  add(box: OwnedBox): void {
    for (const key of this.keys(box)) {
      const list = this.cells.get(key);
      if (list) list.push(box);
      else this.cells.set(key, [box]);
    }
  }

  /** Whether `box` overlaps a box in the grid other than those `owner` owns, and soft ones unless `yields`. */
  collides(box: ScreenBox, owner?: string, yields = false): boolean {
    for (const key of this.keys(box))
      for (const other of this.cells.get(key) ?? [])
        if ((owner === undefined || other.owner !== owner) && (yields || !other.soft) && overlaps(other, box))
          return true;
    return false;
  }
}
