/**
 * One passage of a source as text: cited runs are links that select what they support, the open passage
 * is highlighted. Everything is rendered as text nodes; nothing from the file is parsed as HTML. A very long
 * passage is shown in pieces (see passagePieces.ts) whose links are built a few pieces per task.
 */
import { useMemo, useState } from "react";
import { splitIntoPieces } from "../../model/passagePieces";
import type { Passage } from "../../model/passages";
import { segmentPassage, type CitedRange } from "../../model/textSegments";
import type { PassageRef, Selection } from "../../model/viewState";
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

// Pieces linked at once and per later task: ~120 runs each, about 3 ms of rendering apiece here.
const LINKED_FIRST = 4;
const LINKED_PER_TASK = 8;

/** Renders one heading, paragraph or bullet. */
export function PassageBlock({ text, passage, cited, open, describe, onPick }: PassageBlockProps) {
  const [menu, setMenu] = useState<readonly string[] | null>(null);
  const segments = useMemo(() => segmentPassage(text, passage, cited, open), [text, passage, cited, open]);
  const pieces = useMemo(() => splitIntoPieces(segments), [segments]);
  const linked = useGrowingCount(pieces.length, { first: LINKED_FIRST, step: LINKED_PER_TASK, restartOn: passage });
  const Tag = passage.kind === "heading" ? "h3" : passage.kind === "bullet" ? "li" : "p";
  return (
    <Tag
      className={`passage passage-${passage.kind}`}
      data-passage={passage.name}
      // Focusable from script only: "Show in source" moves focus to the passage it opens.
      tabIndex={segments.some((s) => s.open) ? -1 : undefined}
    >
      {pieces.map((piece, i) => (
        <PassagePiece
          key={piece.start}
          segments={piece.segments}
          alone={pieces.length === 1}
          linked={i < linked || piece.open}
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
