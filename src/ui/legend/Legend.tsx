/**
 * The legend explains every shape, colour and line style, and is the filter: each node type is a toggle; the
 * relations and the evidence shown are chosen in a panel loaded when first opened (FilterPanel.tsx).
 */
import { Suspense, lazy, useMemo, useState } from "react";
import { isBigModel } from "../../model/query/graphSize";
import { FAMILY_LOOK, FAMILY_ORDER, RELATION_FAMILY, TYPE_ORDER, type RelationFamily } from "../../look/appearance";
import { formatCount } from "../../model/file/formatCount";
import { NODE_TYPE_INFO, RELATIONS, type NodeType, type Relation } from "../../model/brief/vocabulary";
import { useFilterActions, useGraph, useHiddenTypes } from "../../state/hooks";
import { ShapeIcon } from "../common/ShapeIcon";
import { LineSample } from "./LineSample";
import { SizeAndLabels } from "./SizeAndLabels";

const FilterPanel = lazy(() => import("./FilterPanel"));

function countBy<T extends string>(items: readonly T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

/** Legend and type/relation filters for the loaded graph. */
export function Legend() {
  const graph = useGraph();
  const hiddenTypes = useHiddenTypes();
  const { toggleType } = useFilterActions();
  const [filtersOpen, setFiltersOpen] = useState(false);
  const model = graph?.valid.model;
  const typeCounts = useMemo(() => countBy<NodeType>(model?.nodes.map((n) => n.type) ?? []), [model]);
  const relationCounts = useMemo(() => countBy<Relation>(model?.edges.map((e) => e.relation) ?? []), [model]);
  if (!model) return null;
  const big = isBigModel(model);
  const familyRelations = (family: RelationFamily) =>
    RELATIONS.filter((r) => RELATION_FAMILY[r] === family && relationCounts.has(r));

  return (
    <div className="legend">
      <h2 id="legend-types">Nodes</h2>
      <ul className="legend-types" aria-labelledby="legend-types">
        {TYPE_ORDER.filter((t) => typeCounts.has(t)).map((type) => (
          <li key={type}>
            <button
              type="button"
              className="legend-type"
              aria-pressed={!hiddenTypes.has(type)}
              title={`${NODE_TYPE_INFO[type].description} Click to ${hiddenTypes.has(type) ? "show" : "hide"}.`}
              onClick={() => toggleType(type)}
            >
              <ShapeIcon type={type} />
              <span className="legend-name">{NODE_TYPE_INFO[type].label}</span>
              <span className="legend-count">{formatCount(typeCounts.get(type) ?? 0)}</span>
            </button>
          </li>
        ))}
      </ul>
      <h2 id="legend-relations">Lines</h2>
      <ul className="legend-families" aria-labelledby="legend-relations">
        {FAMILY_ORDER.filter((f) => familyRelations(f).length > 0).map((family) => (
          <li key={family}>
            <LineSample family={family} plain={big} />
            <span>
              {FAMILY_LOOK[family].label} <span className="legend-note">{FAMILY_LOOK[family].description}</span>
            </span>
          </li>
        ))}
      </ul>
      {big && (
        <p className="legend-big-graph">
          Large graph: lines are plain (no dashes, arrowheads or labels) and cannot be clicked. Select a node to list
          its connections.
        </p>
      )}
      <div className="legend-extras">
        <details className="relation-filter" onToggle={(event) => setFiltersOpen(event.currentTarget.open)}>
          <summary>Filter by relation and evidence</summary>
          {filtersOpen && (
            <Suspense fallback={<p role="status">Loading the filters…</p>}>
              <FilterPanel model={model} relationCounts={relationCounts} />
            </Suspense>
          )}
        </details>
        {/* A big graph keeps its sizes by kind and Cytoscape's own labels: nothing to say or choose. */}
        {!big && <SizeAndLabels model={model} />}
      </div>
    </div>
  );
}
