/**
 * One passage of a source as text: cited runs are links that select what they support, the open passage
 * is highlighted. Everything is rendered as text nodes; nothing from the file is parsed as HTML. A very long
 * passage is shown in pieces (see passagePieces.ts), a few more per task.
 */
import { useMemo, useState } from "react";
import { splitIntoPieces } from "../../model/sources/passagePieces";
import type { Passage } from "../../model/sources/passages";
import { segmentPassage, type CitedRange } from "../../model/sources/textSegments";
import type { PassageRef, Selection } from "../../model/view/viewState";
import { PassagePiece, toSelection } from "./PassagePiece";
import { useGrowingCount } from "../common/useGrowingCount";

export interface PassageBlockProps {
  text: string;
  passage: Passage;
  cited: readonly CitedRange[];
  open: PassageRef | null;
  /** Names a ref ("node:x") for the supporters menu. */
  describe: (ref: string) => string;
  onPick: (selection: Selection) => void;
}

// Pieces shown at once and added per later task: ~120 runs each, about 3 ms of rendering apiece here.
const PIECES_FIRST = 4;
const PIECES_PER_TASK = 8;
// Pieces shown after the open passage's, so there is text below it to centre it in the panel.
const PIECES_AFTER_OPEN = 2;

/** Renders one heading, paragraph or bullet. */
export function PassageBlock({ text, passage, cited, open, describe, onPick }: PassageBlockProps) {
  const [menu, setMenu] = useState<readonly string[] | null>(null);
  const segments = useMemo(() => segmentPassage(text, passage, cited, open), [text, passage, cited, open]);
  const pieces = useMemo(() => splitIntoPieces(segments), [segments]);
  const grown = useGrowingCount(pieces.length, { first: PIECES_FIRST, step: PIECES_PER_TASK, restartOn: passage });
  // The open passage is there at once, with the text before it and some after, so it can be scrolled to the
  // middle of the panel; linking catches up with the pieces before it.
  const openAt = pieces.findIndex((piece) => piece.open);
  const shown = Math.max(grown, openAt < 0 ? 0 : openAt + 1 + PIECES_AFTER_OPEN);
  const Tag = passage.kind === "heading" ? "h3" : passage.kind === "bullet" ? "li" : "p";
  return (
    <Tag
      className={`passage passage-${passage.kind}`}
      data-passage={passage.name}
      // Focusable from script only: "Show in source" moves focus to the passage it opens.
      tabIndex={openAt >= 0 ? -1 : undefined}
    >
      {pieces.slice(0, shown).map((piece, i) => (
        <PassagePiece
          key={piece.start}
          segments={piece.segments}
          alone={pieces.length === 1}
          linked={i < grown || piece.open}
          describe={describe}
          onPick={onPick}
          onChoose={setMenu}
        />
      ))}
      {menu && (
        <span className="supports-menu" role="group" aria-label="This passage supports">
          <span className="supports-label">Supports:</span>
          {menu.map((ref) => (
            <button
              key={ref}
              type="button"
              onClick={() => {
                setMenu(null);
                onPick(toSelection(ref));
              }}
            >
              {describe(ref)}
            </button>
          ))}
          <button type="button" className="icon-button" onClick={() => setMenu(null)}>
            <span aria-hidden="true">×</span>
            <span className="visually-hidden">Close</span>
          </button>
        </span>
      )}
    </Tag>
  );
}
