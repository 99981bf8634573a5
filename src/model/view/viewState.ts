/**
 * The part of the app's state a reader would want to share: selection, focus, filters, layout and the open
 * passage. It round-trips through the URL query string; parsing never throws, it reports problems instead.
 */
import { NODE_TYPES, RELATIONS, type NodeType, type Relation } from "../brief/vocabulary";
import type { EvidenceFilter, Focus } from "../query/visibility";
import { viewMessages, type ViewProblem } from "./viewMessages";
import { ID_PATTERN } from "../brief/ids";
import { evidenceParam } from "./evidence";

export const LAYOUT_NAMES = ["shipped", "force", "concentric", "hierarchy"] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

export const MAX_FOCUS_DEPTH = 3;

export type Selection = { kind: "node" | "edge"; id: string } | null;

/** Whether two selections name the same element (or are both empty). */
export const sameSelection = (a: Selection, b: Selection): boolean => a?.kind === b?.kind && a?.id === b?.id;

/** "How is `from` connected to `to`?", asked of the graph; `directed` follows the edges' direction. */
export interface ConnectionQuery {
  from: string;
  to: string;
  directed: boolean;
}

export interface PassageRef {
  source: string;
  start: number;
  end: number;
}

export interface ViewState {
  selection: Selection;
  focus: Focus | null;
  hiddenTypes: ReadonlySet<NodeType>;
  hiddenRelations: ReadonlySet<Relation>;
  layout: LayoutName;
  passage: PassageRef | null;
  /** Paths asked for from the selected node; shown while it stays selected. */
  connection: ConnectionQuery | null;
  /** Only what has this evidence (visibility.ts), or everything. */
  evidence: EvidenceFilter | null;
}

export const DEFAULT_VIEW: ViewState = {
  selection: null,
  focus: null,
  hiddenTypes: new Set(),
  hiddenRelations: new Set(),
  layout: "shipped",
  passage: null,
  connection: null,
  evidence: null,
};

// `graph` names the model to open; the app reads it before the view, so the view only has to accept it.
const KNOWN_PARAMS = new Set([
  "node",
  "edge",
  "focus",
  "depth",
  "hide",
  "hiderel",
  "layout",
  "passage",
  "path",
  "directed",
  "evidence",
  // Read once by the canvas when the link opens (camera.ts), not part of the view.
  "camera",
  "graph",
]);
const PASSAGE_PATTERN = /^([a-z0-9]+(?:-[a-z0-9]+)*):(\d{1,9})-(\d{1,9})$/;

/** The known values of a comma-separated list, and one problem naming the unknown ones, if any. */
function listParam<T extends string>(
  raw: string | null,
  known: readonly T[],
  bad: (values: readonly string[]) => ViewProblem,
) {
  const values = new Set<T>();
  const unknown: string[] = [];
  for (const item of new Set((raw ?? "").split(",").filter(Boolean))) {
    if ((known as readonly string[]).includes(item)) values.add(item as T);
    else unknown.push(item);
  }
  return { values, problems: unknown.length > 0 ? [bad(unknown)] : [] };
}

/** Reads a view from a query string ("?node=x&depth=2"); bad values are dropped and reported. */
export function parseView(search: string): { view: ViewState; problems: ViewProblem[] } {
  const params = new URLSearchParams(search);
  const problems: ViewProblem[] = [];
  // One notice for all of them: a link with 5,000 made-up parameters is one mistake, not 5,000.
  const unknown = [...new Set(params.keys())].filter((key) => !KNOWN_PARAMS.has(key));
  if (unknown.length > 0) problems.push(viewMessages.unknownParams(unknown));

  const node = params.get("node");
  const edge = params.get("edge");
  if (node && edge) problems.push(viewMessages.nodeAndEdge());
  const selection: Selection = node ? { kind: "node", id: node } : edge ? { kind: "edge", id: edge } : null;

  let focus: Focus | null = null;
  const focusId = params.get("focus");
  const depthRaw = params.get("depth");
  let depth = 1;
  if (depthRaw !== null) {
    const n = Number(depthRaw);
    if (Number.isInteger(n) && n >= 1 && n <= MAX_FOCUS_DEPTH) depth = n;
    else problems.push(viewMessages.badDepth(depthRaw));
  }
  if (focusId) focus = { id: focusId, depth };

  const types = listParam(params.get("hide"), NODE_TYPES, viewMessages.badTypes);
  const relations = listParam(params.get("hiderel"), RELATIONS, viewMessages.badRelations);
  problems.push(...types.problems, ...relations.problems);

  let layout: LayoutName = "shipped";
  const layoutRaw = params.get("layout");
  if (layoutRaw !== null) {
    if ((LAYOUT_NAMES as readonly string[]).includes(layoutRaw)) layout = layoutRaw as LayoutName;
    else problems.push(viewMessages.badLayout(layoutRaw));
  }

  let passage: PassageRef | null = null;
  const passageRaw = params.get("passage");
  if (passageRaw !== null) {
    const m = PASSAGE_PATTERN.exec(passageRaw);
    if (m && Number(m[2]) < Number(m[3])) passage = { source: m[1]!, start: Number(m[2]), end: Number(m[3]) };
    else problems.push(viewMessages.badPassage(passageRaw));
  }

  // `path=from,to`: the connection from the selected node, which the path's first end becomes.
  let connection: ConnectionQuery | null = null;
  const pathRaw = params.get("path");
  if (pathRaw !== null) {
    const ends = pathRaw.split(",");
    if (ends.length === 2 && ends.every((end) => ID_PATTERN.test(end)) && ends[0] !== ends[1])
      connection = { from: ends[0]!, to: ends[1]!, directed: params.get("directed") === "1" };
    else problems.push(viewMessages.badPath(pathRaw));
  }
  const shown = connection ? { kind: "node" as const, id: connection.from } : selection;

  // `evidence=in:brief`, `only:web-summary`, `every` or `disagree`.
  let evidence: EvidenceFilter | null = null;
  const evidenceRaw = params.get("evidence");
  if (evidenceRaw !== null) {
    const [kind, source] = evidenceRaw.split(":");
    if ((kind === "in" || kind === "only") && source !== undefined && ID_PATTERN.test(source))
      evidence = { kind, source };
    else if ((kind === "every" || kind === "disagree") && source === undefined) evidence = { kind };
    else problems.push(viewMessages.badEvidence(evidenceRaw));
  }

  const view = {
    selection: shown,
    focus,
    hiddenTypes: types.values,
    hiddenRelations: relations.values,
    layout,
    passage,
    connection,
    evidence,
  };
  return { view, problems };
}

/** Writes a view as a query string with a stable parameter order, "" for the default view. */
export function serializeView(view: ViewState): string {
  const params = new URLSearchParams();
  if (view.selection) params.set(view.selection.kind, view.selection.id);
  if (view.focus) {
    params.set("focus", view.focus.id);
    params.set("depth", String(view.focus.depth));
  }
  // Vocabulary order, so the same filters always give the same link.
  const hide = NODE_TYPES.filter((t) => view.hiddenTypes.has(t));
  if (hide.length) params.set("hide", hide.join(","));
  const hiderel = RELATIONS.filter((r) => view.hiddenRelations.has(r));
  if (hiderel.length) params.set("hiderel", hiderel.join(","));
  if (view.layout !== "shipped") params.set("layout", view.layout);
  if (view.passage) params.set("passage", `${view.passage.source}:${view.passage.start}-${view.passage.end}`);
  if (view.evidence) params.set("evidence", evidenceParam(view.evidence));
  if (view.connection) {
    params.set("path", `${view.connection.from},${view.connection.to}`);
    if (view.connection.directed) params.set("directed", "1");
  }
  const query = params.toString().replaceAll("%2C", ",").replaceAll("%3A", ":");
  return query ? `?${query}` : "";
}

/** The `graph=` query parameter for a model link, with slashes left readable: `graph=/models/brief.json`. */
export function graphQueryParam(link: string): string {
  return `graph=${encodeURIComponent(link).replaceAll("%2F", "/")}`;
}
