/**
 * The legend's filters, loaded when first opened: what evidence is shown (a source, one source alone, every
 * source, or where they disagree), and each relation as a checkbox under its family, with All and None.
 */
import { FAMILY_LOOK, FAMILY_ORDER, RELATION_FAMILY, type RelationFamily } from "../../look/appearance";
import { RELATIONS, RELATION_INFO, type Relation } from "../../model/brief/vocabulary";
import type { GraphModel } from "../../model/brief/schema";
import type { EvidenceFilter } from "../../model/query/visibility";
import { useAppState, useFilterActions, useHiddenRelations } from "../../state/hooks";
import { evidenceParam, evidenceWords } from "../../model/view/evidence";

/** The evidence filters a select offers for `model`'s sources (null: everything). */
function evidenceChoices(model: GraphModel): Array<EvidenceFilter | null> {
  const several = model.sources.length > 1;
  return [
    null,
    ...model.sources.flatMap((s): EvidenceFilter[] => [
      { kind: "in", source: s.id },
      ...(several ? [{ kind: "only" as const, source: s.id }] : []),
    ]),
    ...(several ? [{ kind: "every" } as const, { kind: "disagree" } as const] : []),
  ];
}

const valueOf = (evidence: EvidenceFilter | null) => (evidence ? evidenceParam(evidence) : "all");
const capitalised = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);
/** The filters for `model`; `relationCounts` says which relations it has, and how many of each. */
export default function FilterPanel(props: { model: GraphModel; relationCounts: ReadonlyMap<Relation, number> }) {
  const { model, relationCounts } = props;
  const hiddenRelations = useHiddenRelations();
  const evidence = useAppState((s) => s.view.evidence);
  const { toggleRelation, setHiddenRelations, setEvidence } = useFilterActions();
  const choices = evidenceChoices(model);
  const sources = new Map(model.sources.map((s) => [s.id, s]));
  const familyRelations = (family: RelationFamily) =>
    RELATIONS.filter((r) => RELATION_FAMILY[r] === family && relationCounts.has(r));
  const setFamily = (family: RelationFamily, shown: boolean) => {
    const next = new Set(hiddenRelations);
    for (const relation of familyRelations(family)) {
      if (shown) next.delete(relation);
      else next.add(relation);
    }
    setHiddenRelations(next);
  };
  return (
    <>
      <label className="evidence-filter">
        Evidence{" "}
        <select
          value={valueOf(evidence)}
          onChange={(event) => setEvidence(choices.find((choice) => valueOf(choice) === event.target.value) ?? null)}
        >
          {choices.map((choice) => (
            <option key={valueOf(choice)} value={valueOf(choice)}>
              {choice ? capitalised(evidenceWords(choice, sources)) : "Everything"}
            </option>
          ))}
        </select>
      </label>
      {FAMILY_ORDER.map((family) => {
        const relations = familyRelations(family);
        if (relations.length === 0) return null;
        const label = FAMILY_LOOK[family].label;
        return (
          <fieldset key={family} className="legend-family">
            <legend>{label}</legend>
            <span className="family-all-none">
              <button type="button" onClick={() => setFamily(family, true)} aria-label={`Show all ${label} relations`}>
                All
              </button>
              <button type="button" onClick={() => setFamily(family, false)} aria-label={`Hide all ${label} relations`}>
                None
              </button>
            </span>
            {relations.map((relation) => (
              <label key={relation} title={RELATION_INFO[relation].description}>
                <input
                  type="checkbox"
                  checked={!hiddenRelations.has(relation)}
                  onChange={() => toggleRelation(relation)}
                />
                {RELATION_INFO[relation].label} <span className="legend-count">{relationCounts.get(relation)}</span>
              </label>
            ))}
          </fieldset>
        );
      })}
    </>
  );
}
