/** Helpers the actions share: a view patch, and the rule that filters let go of a selection they hide. */
import type { ViewState } from "../../model/view/viewState";
import { filtersRevealing } from "../../model/view/reveal";
import type { AppState } from "../appState";

/** `s` with `patch` applied to its view. */
export const withView = (s: AppState, patch: Partial<ViewState>): AppState => ({
  ...s,
  view: { ...s.view, ...patch },
});

/**
 * New filters or focus. A selection they hide is let go: the canvas would emphasise the neighbourhood of
 * something it no longer draws, and dim everything else, around nothing (see model/view/reveal.ts).
 */
export function withFilters(
  s: AppState,
  patch: Partial<Pick<ViewState, "hiddenTypes" | "hiddenRelations" | "focus" | "evidence">>,
): AppState {
  const next = withView(s, patch);
  const { selection, hiddenTypes, hiddenRelations, focus, evidence } = next.view;
  if (next.load.status !== "ready" || !selection) return next;
  const filters = { hiddenTypes, hiddenRelations, focus, evidence };
  const hidden = filtersRevealing(next.load.graph.index, filters, selection) !== null;
  return hidden ? withView(next, { selection: null, connection: null }) : next;
}
