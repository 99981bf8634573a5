/**
 * Node size follows the measure the reader picked (model/query/importance.ts): connections, as the elements
 * are made (elements.ts), or betweenness. Big graphs keep connections: betweenness takes a pass from every node.
 */
import { useEffect, useRef } from "react";
import type { GraphModel } from "../../model/brief/schema";
import { importance, nodeSizes } from "../../model/query/importance";
import { useSizeBy } from "../../state/hooks";
import { useCy } from "../CyContext";

/** Renders nothing; resizes the nodes when the measure changes. */
export function SizeController({ model, big }: { model: GraphModel; big: boolean }) {
  const cy = useCy();
  const sizeBy = useSizeBy();
  const applied = useRef<string>("degree");
  useEffect(() => {
    const measure = big ? "degree" : sizeBy;
    if (applied.current === measure) return;
    applied.current = measure;
    let current = true;
    const resize = (values: ReadonlyMap<string, number>) => {
      if (!current || cy.destroyed()) return;
      const sizes = nodeSizes(values);
      cy.batch(() => cy.nodes().forEach((node) => void node.data("size", sizes.get(node.id()))));
    };
    if (measure === "degree") resize(importance(model));
    else void import("../../model/query/betweenness").then(({ betweenness }) => resize(betweenness(model)));
    return () => {
      current = false;
    };
  }, [cy, model, big, sizeBy]);
  return null;
}
