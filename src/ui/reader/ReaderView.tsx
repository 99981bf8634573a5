/**
 * The reading view: every source as text with cited passages marked. "Show in source" scrolls here and
 * highlights the passage; clicking a marked passage selects what it supports.
 */
import { useCallback, useEffect, useMemo, useRef } from "react";
import { citedRangesBySource } from "../../model/sources/textSegments";
import { RELATION_INFO } from "../../model/brief/vocabulary";
import { useViewActions, useGraph, useOpenPassage, useReaderOpen } from "../../state/hooks";
import { useGoTo } from "../common/useGoTo";
import { SourceText } from "./SourceText";

/** The sources panel. */
export function ReaderView() {
  const graph = useGraph();
  const open = useOpenPassage();
  const readerOpen = useReaderOpen();
  const { closePassage } = useViewActions();
  const goTo = useGoTo();
  const root = useRef<HTMLDivElement>(null);
  const cited = useMemo(() => (graph ? citedRangesBySource(graph.valid.model) : new Map()), [graph]);

  const describe = useCallback(
    (ref: string) => {
      if (!graph) return ref;
      const [kind, id = ""] = ref.split(":");
      const { nodes, edges } = graph.index;
      if (kind === "node") return nodes.get(id)?.label ?? id;
      const edge = edges.get(id);
      if (!edge) return id;
      const label = (n: string) => nodes.get(n)?.label ?? n;
      return `${label(edge.source)} ${RELATION_INFO[edge.relation].label} ${label(edge.target)}`;
    },
    [graph],
  );

  useEffect(() => {
    if (!open || !readerOpen) return;
    const target = root.current?.querySelector('[data-open="true"]');
    const smooth = !window.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
    target?.scrollIntoView?.({ block: "center", behavior: smooth ? "smooth" : "auto" });
    // Whoever asked for the passage (a button, a link) reads on from there; a page opening on one keeps focus.
    const block = target?.closest<HTMLElement>("[data-passage]");
    const asked = document.activeElement !== null && document.activeElement !== document.body;
    if (block && asked) block.focus({ preventScroll: true });
  }, [open, readerOpen]);

  if (!graph) return null;
  const { model, texts, passages } = graph.valid;
  return (
    <div className="reader" ref={root}>
      {open && (
        <p className="reader-status">
          Showing a passage of {graph.valid.sourceInfo.get(open.source)?.shortTitle ?? open.source}.{" "}
          <button type="button" className="link-button" onClick={closePassage}>
            Clear highlight
          </button>
        </p>
      )}
      {model.sources.map((source) => (
        <SourceText
          key={source.id}
          source={source}
          text={texts.get(source.id) ?? ""}
          passages={passages.get(source.id) ?? []}
          cited={cited.get(source.id) ?? []}
          open={open?.source === source.id ? open : null}
          describe={describe}
          onPick={goTo}
        />
      ))}
    </div>
  );
}
