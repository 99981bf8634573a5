/**
 * Checks a parsed view against a graph: ids that name nothing are dropped with a notice, and filters that
 * hide the view's own selection are changed to show it, with a notice.
 */
import type { GraphIndex } from "../query/graphIndex";
import { revealSelection } from "./reveal";
import { viewMessages, type ViewProblem } from "./viewMessages";
import type { ViewState } from "./viewState";

/** Returns the view with unknown selection, focus and passage removed and its selection shown, and what changed. */
export function checkViewAgainstGraph(
  view: ViewState,
  index: GraphIndex,
  texts: ReadonlyMap<string, string>,
): { view: ViewState; problems: ViewProblem[] } {
  const problems: ViewProblem[] = [];
  let { selection, focus, passage, connection } = view;
  if (connection) {
    const unknown = [connection.from, connection.to].find((id) => !index.nodes.has(id));
    if (unknown !== undefined) {
      problems.push(viewMessages.unknownPathEnd(unknown));
      connection = null;
    }
  }
  if (selection) {
    const known = selection.kind === "node" ? index.nodes.has(selection.id) : index.edges.has(selection.id);
    if (!known) {
      problems.push(viewMessages.unknownId(selection.id));
      selection = null;
    }
  }
  if (focus && !index.nodes.has(focus.id)) {
    problems.push(viewMessages.unknownFocus(focus.id));
    focus = null;
  }
  let { hiddenTypes, hiddenRelations, evidence } = view;
  // Evidence from a source the graph does not have would hide everything.
  const named = evidence && "source" in evidence ? evidence.source : null;
  if (named !== null && !index.model.sources.some((s) => s.id === named)) {
    problems.push(viewMessages.unknownEvidenceSource(named));
    evidence = null;
  }
  // A link to something its own filters hide is about that thing: show it, as going to it from a panel does.
  const revealed = revealSelection(index, { hiddenTypes, hiddenRelations, focus, evidence }, selection);
  if (revealed) {
    problems.push(revealed.notice);
    ({ hiddenTypes, hiddenRelations, focus } = revealed.filters);
    evidence = revealed.filters.evidence ?? null;
  }
  if (passage) {
    const text = texts.get(passage.source);
    if (text === undefined) {
      problems.push(viewMessages.unknownSource(passage.source));
      passage = null;
    } else if (passage.end > text.length) {
      problems.push(viewMessages.passageOutOfRange(`${passage.source}:${passage.start}-${passage.end}`));
      passage = null;
    }
  }
  return {
    view: { ...view, selection, focus, hiddenTypes, hiddenRelations, passage, connection, evidence },
    problems,
  };
}
