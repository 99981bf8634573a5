/**
 * One passage of a source as text: cited runs are links that select what they support, the open passage
 * is highlighted. Everything is rendered as text nodes; nothing from the file is parsed as HTML.
 */
import { useState, type MouseEvent } from "react";
import type { Passage } from "../../model/passages";
import { segmentPassage, type CitedRange } from "../../model/textSegments";
import type { PassageRef, Selection } from "../../model/viewState";

export interface PassageBlockProps {
  text: string;
  passage: Passage;
  cited: readonly CitedRange[];
  open: PassageRef | null;
  /** Names a ref ("node:x") for the supporters menu. */
  describe: (ref: string) => string;
  onPick: (selection: Selection) => void;
}

const toSelection = (ref: string): NonNullable<Selection> => {
  const [kind, id] = ref.split(":") as ["node" | "edge", string];
  return { kind, id };
};

/** Renders one heading, paragraph or bullet. */
export function PassageBlock({ text, passage, cited, open, describe, onPick }: PassageBlockProps) {
  const [menu, setMenu] = useState<readonly string[] | null>(null);
  const segments = segmentPassage(text, passage, cited, open);
  const body = segments.map((s) => {
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
      else setMenu(s.refs);
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
  });
  const Tag = passage.kind === "heading" ? "h3" : passage.kind === "bullet" ? "li" : "p";
  return (
    <Tag
      className={`passage passage-${passage.kind}`}
      data-passage={passage.name}
      // Focusable from script only: "Show in source" moves focus to the passage it opens.
      tabIndex={segments.some((s) => s.open) ? -1 : undefined}
    >
      {body}
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
