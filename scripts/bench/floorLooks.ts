/**
 * What the floor pages draw, shared by the plain pages (floor.ts writes these values into their scripts) and
 * the React floor (reactFloor/main.tsx bundles them). No Node imports: the React floor runs in the browser.
 */
import { RELATIONS, RELATION_INFO } from "../../src/model/brief/vocabulary";

/** The least a page can do to show this graph: labelled dots and arrows. */
export const BARE_STYLESHEET = [
  { selector: "node", style: { label: "data(label)", width: 28, height: 28, "font-size": 11 } },
  { selector: "edge", style: { width: 1.5, "curve-style": "bezier", "target-arrow-shape": "triangle" } },
];

/** Each relation's label, which the app's stylesheet shows on edges (at readable zoom and on hover). */
export const RELATION_LABELS: Readonly<Record<string, string>> = Object.fromEntries(
  RELATIONS.map((relation) => [relation, RELATION_INFO[relation].label]),
);
