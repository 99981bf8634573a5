/**
 * How each node type and relation looks: one table shared by the Cytoscape stylesheet and the legend, so the
 * two cannot drift apart. Fills come from Paul Tol's colour-blind-safe "muted" scheme; every type also has its
 * own shape, so colour is never the only cue. This file imports no Cytoscape and may be used by the UI.
 */
import type { NodeType, Relation } from "../model/brief/vocabulary";

export type NodeShape =
  | "ellipse"
  | "round-rectangle"
  | "diamond"
  | "hexagon"
  | "triangle"
  | "rectangle"
  | "star"
  | "vee"
  | "octagon"
  | "rhomboid";

export interface NodeLook {
  shape: NodeShape;
  fill: string;
  /** A darker outline so light fills still stand out from the background (≥ 3:1). */
  border: string;
}

export const NODE_LOOK: Record<NodeType, NodeLook> = {
  recommendation: { shape: "round-rectangle", fill: "#117733", border: "#0b4f22" },
  finding: { shape: "diamond", fill: "#DDCC77", border: "#6b5d14" },
  concept: { shape: "ellipse", fill: "#88CCEE", border: "#1d5f80" },
  "un-body": { shape: "hexagon", fill: "#332288", border: "#1c1250" },
  actor: { shape: "triangle", fill: "#44AA99", border: "#1f5249" },
  organization: { shape: "rectangle", fill: "#882255", border: "#4d1230" },
  person: { shape: "star", fill: "#CC6677", border: "#7a2e3b" },
  place: { shape: "vee", fill: "#999933", border: "#4f4f14" },
  event: { shape: "octagon", fill: "#AA4499", border: "#5e2354" },
  document: { shape: "rhomboid", fill: "#DDDDDD", border: "#555555" },
};

/** The order in which types appear in the legend and rings of the concentric layout (centre first). */
export const TYPE_ORDER: readonly NodeType[] = [
  "recommendation",
  "finding",
  "concept",
  "un-body",
  "actor",
  "organization",
  "document",
  "event",
  "person",
  "place",
];

export const COLORS = {
  background: "#ffffff",
  label: "#1a1a1a",
  /** Labels sit on a translucent plate of the background colour so edges behind them do not hurt contrast. */
  labelPlate: "#ffffff",
  edge: "#5c5c5c",
  edgeLabel: "#333333",
  selection: "#0072B2",
} as const;

export type RelationFamily = "argument" | "influence" | "structure" | "participation" | "mutual";

export interface FamilyLook {
  label: string;
  description: string;
  lineStyle: "solid" | "dashed";
  /** Drawn as two thin lines (a hollow line with an outline); Cytoscape has no double line style for edges. */
  double?: boolean;
  /** Dash pattern for dashed lines, in px at zoom 1 (also the legend's stroke-dasharray). */
  dash?: readonly number[];
  arrow: boolean;
}

export const FAMILY_LOOK: Record<RelationFamily, FamilyLook> = {
  argument: {
    label: "Argument",
    description: "recommends, raises, involves, addressed to",
    lineStyle: "solid",
    arrow: true,
  },
  influence: {
    label: "Influence",
    description: "supports, enables, mandates, commits",
    lineStyle: "dashed",
    dash: [8, 4],
    arrow: true,
  },
  structure: {
    label: "Structure",
    description: "part of, located in, affiliated with",
    lineStyle: "dashed",
    dash: [2, 3],
    arrow: true,
  },
  participation: {
    label: "Participation",
    description: "organized, spoke at, took part in",
    lineStyle: "dashed",
    dash: [10, 3, 2, 3],
    arrow: true,
  },
  mutual: {
    label: "Mutual",
    description: "coordinates with, contrasts with: no direction",
    lineStyle: "solid",
    double: true,
    arrow: false,
  },
};

export const FAMILY_ORDER: readonly RelationFamily[] = [
  "argument",
  "influence",
  "structure",
  "participation",
  "mutual",
];

export const RELATION_FAMILY: Record<Relation, RelationFamily> = {
  recommends: "argument",
  raises: "argument",
  "addressed-to": "argument",
  involves: "argument",
  "responds-to": "argument",
  "focuses-on": "argument",
  "draws-lessons-from": "argument",
  supports: "influence",
  enables: "influence",
  "has-advantage-over": "influence",
  "committed-to": "influence",
  reaffirms: "influence",
  adopted: "influence",
  mandates: "influence",
  "part-of": "structure",
  "affiliated-with": "structure",
  represents: "structure",
  follows: "structure",
  documents: "structure",
  "located-in": "structure",
  organized: "participation",
  "co-sponsored": "participation",
  moderated: "participation",
  "spoke-at": "participation",
  "participated-in": "participation",
  "coordinates-with": "mutual",
  "contrasts-with": "mutual",
};
