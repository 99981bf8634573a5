/**
 * A run of a passage's text: each cited run a link that selects what it supports, or, until its turn comes in
 * a very long passage, the same words as plain text.
 */
import { memo, type MouseEvent, type ReactNode } from "react";
import { plainRuns } from "../../model/sources/passagePieces";
import type { Segment } from "../../model/sources/textSegments";
import type { Selection } from "../../model/view/viewState";

export const toSelection = (ref: string): NonNullable<Selection> => {
  const [kind, id] = ref.split(":") as ["node" | "edge", string];
  return { kind, id };
};

interface PassagePieceProps {
  segments: readonly Segment[];
  /** The passage's only piece: its runs go straight into the passage, with no wrapper. */
  alone: boolean;
  /** Cited runs as links; otherwise plain text. */
  linked: boolean;
  describe: (ref: string) => string;
  onPick: (selection: Selection) => void;
  /** Offers the things a run supports when it supports several. */
  onChoose: (refs: readonly string[]) => void;
}

/** Renders a piece; memoised, so a long passage's next step renders only the pieces that change. */
export const PassagePiece = memo(function PassagePiece({
  segments,
  alone,
  linked,
  describe,
  onPick,
  onChoose,
}: PassagePieceProps) {
  const body = linked
    ? segments.map((s) => runElement(s, { describe, onPick, onChoose }))
    : plainRuns(segments).map((r, i) => (r.strong ? <strong key={i}>{r.text}</strong> : r.text));
  // A block (see .passage-piece), so that each piece added is laid out on its own.
  return alone ? body : <span className="passage-piece">{body}</span>;
});

/** One run as an element (not a component: a fiber fewer for each of a long passage's thousands of runs). */
function runElement(
  s: Segment,
  { describe, onPick, onChoose }: Pick<PassagePieceProps, "describe" | "onPick" | "onChoose">,
): ReactNode {
  const content = s.strong ? <strong>{s.text}</strong> : s.text;
  const openProps = s.open ? { "data-open": "true" } : {};
  if (s.refs.length === 0) {
    return s.open ? (
      <mark key={s.start} className="open-passage" {...openProps}>
        {content}
      </mark>
    ) : (
      <span key={s.start}>{content}</span>
    );
  }
  const first = toSelection(s.refs[0]!);
  // A real link (inline, wraps across lines, opens in a new tab too); a click selects in place.
  const pick = (event: MouseEvent) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    if (s.refs.length === 1) onPick(first);
    else onChoose(s.refs);
  };
  return (
    <a
      key={s.start}
      href={`?${first.kind}=${encodeURIComponent(first.id)}`}
      className={s.open ? "cited open-passage" : "cited"}
      title={`Supports: ${s.refs.map(describe).join("; ")}`}
      onClick={pick}
      {...openProps}
    >
      {content}
    </a>
  );
}
