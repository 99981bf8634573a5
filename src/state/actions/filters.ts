/** What the canvas shows: hidden node types and relations, and the focus on a neighbourhood. */
import type { NodeType, Relation } from "../../model/brief/vocabulary";
import type { EvidenceFilter, Focus } from "../../model/query/visibility";
import type { AppState } from "../appState";
import { withFilters, withView } from "./withView";

function toggled<T>(set: ReadonlySet<T>, item: T): ReadonlySet<T> {
  const next = new Set(set);
  if (!next.delete(item)) next.add(item);
  return next;
}

export const filterActions = {
  setFocus: (s: AppState, focus: Focus | null): AppState => withFilters(s, { focus }),
  toggleType: (s: AppState, type: NodeType): AppState =>
    withFilters(s, { hiddenTypes: toggled(s.view.hiddenTypes, type) }),
  setHiddenTypes: (s: AppState, types: ReadonlySet<NodeType>): AppState => withFilters(s, { hiddenTypes: types }),
  toggleRelation: (s: AppState, relation: Relation): AppState =>
    withFilters(s, { hiddenRelations: toggled(s.view.hiddenRelations, relation) }),
  setHiddenRelations: (s: AppState, relations: ReadonlySet<Relation>): AppState =>
    withFilters(s, { hiddenRelations: relations }),
  /** Shows only what has this evidence (one source, only one, every one, or where they disagree), or all. */
  setEvidence: (s: AppState, evidence: EvidenceFilter | null): AppState => withFilters(s, { evidence }),
  /** Clears every filter and the focus; selection, layout and passage stay. */
  showEverything: (s: AppState): AppState =>
    withView(s, { hiddenTypes: new Set(), hiddenRelations: new Set(), focus: null, evidence: null }),
};
