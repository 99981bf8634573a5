/** One source as the reader sees it: its title and its passages, bullets grouped into lists. */
import { useRef, type ReactNode } from "react";
import { formatDate } from "../../model/sources/citation";
import type { Passage } from "../../model/sources/passages";
import type { SourceInfo } from "../../model/brief/schema";
import { PassageBlock, type PassageBlockProps } from "./PassageBlock";

interface Props extends Omit<PassageBlockProps, "passage"> {
  source: SourceInfo;
  passages: readonly Passage[];
}

/** Renders a whole source text. */
export function SourceText({ source, passages, ...rest }: Props) {
  const end = useRef<HTMLParagraphElement>(null);
  const blocks: ReactNode[] = [];
  let bullets: ReactNode[] = [];
  const flush = () => {
    if (bullets.length) blocks.push(<ul key={`list-${blocks.length}`}>{bullets}</ul>);
    bullets = [];
  };
  const { open } = rest;
  for (const passage of passages) {
    // The open passage only to the block it falls in: the others keep their runs (PassageBlock memoises them)
    // when "Show in source" opens another one.
    const opens = open !== null && open.start < passage.end && open.end > passage.start;
    const block = <PassageBlock key={passage.start} passage={passage} {...rest} open={opens ? open : null} />;
    if (passage.kind === "bullet") bullets.push(block);
    else {
      flush();
      blocks.push(block);
    }
  }
  flush();
  return (
    <section className="source" aria-labelledby={`source-${source.id}`}>
      <h2 id={`source-${source.id}`}>{source.shortTitle}</h2>
      <p className="source-meta">
        {source.title}. {source.publisher}, {formatDate(source.date)}.
      </p>
      {/* Nearly every sentence is a link to what it supports: keyboard readers can jump the whole source. */}
      <button type="button" className="reader-skip" onClick={() => end.current?.focus()}>
        Skip past the {source.shortTitle}
      </button>
      {blocks}
      <p ref={end} className="source-end" tabIndex={-1}>
        End of the {source.shortTitle}.
      </p>
    </section>
  );
}
