/**
 * What the app tells a reader when a link names something it cannot show. Short, says what was ignored and
 * what is shown instead; kept in one catalogue like the validator's messages.
 */

export interface ViewProblem {
  code:
    | "unknown-param"
    | "node-and-edge"
    | "bad-depth"
    | "bad-type"
    | "bad-relation"
    | "bad-layout"
    | "bad-passage"
    | "bad-path"
    | "bad-evidence"
    | "unknown-evidence-source"
    | "unknown-id"
    | "unknown-focus"
    | "unknown-path-end"
    | "unknown-source"
    | "passage-out-of-range"
    | "revealed"
    | "missing-file";
  message: string;
}

const p = (code: ViewProblem["code"], message: string): ViewProblem => ({ code, message });

/** Of a value a link gave, this much is quoted back: a link can carry thousands of characters. */
const QUOTED = 40;
/** Values named in one message; the rest are counted. */
const NAMED = 3;

const quoted = (value: string) => `\`${value.length > QUOTED ? `${value.slice(0, QUOTED)}…` : value}\``;

/** "`a`", "`a` and `b`", "`a`, `b`, `c` and 34 more": a link's bad values in one phrase, however many. */
export function namedList(values: readonly string[]): string {
  const named = values.slice(0, NAMED).map(quoted);
  const more = values.length - named.length;
  if (more > 0) return `${named.join(", ")} and ${more.toLocaleString("en")} more`;
  return named.length > 1 ? `${named.slice(0, -1).join(", ")} and ${named.at(-1)}` : (named[0] ?? "");
}

export const viewMessages = {
  unknownParams: (keys: readonly string[]) =>
    p(
      "unknown-param",
      keys.length === 1
        ? `Ignored the unknown link parameter ${namedList(keys)}.`
        : `Ignored ${keys.length.toLocaleString("en")} unknown link parameters: ${namedList(keys)}.`,
    ),
  nodeAndEdge: () => p("node-and-edge", "The link selects both a node and an edge; showing the node."),
  badDepth: (raw: string) => p("bad-depth", `Focus depth ${quoted(raw)} is not 1, 2 or 3; using 1.`),
  badTypes: (raws: readonly string[]) =>
    p(
      "bad-type",
      raws.length === 1
        ? `${namedList(raws)} is not a node type; it was not hidden.`
        : `${namedList(raws)} are not node types; they were not hidden.`,
    ),
  badRelations: (raws: readonly string[]) =>
    p(
      "bad-relation",
      raws.length === 1
        ? `${namedList(raws)} is not a relation; it was not hidden.`
        : `${namedList(raws)} are not relations; they were not hidden.`,
    ),
  badLayout: (raw: string) => p("bad-layout", `No layout called ${quoted(raw)}; showing the shipped layout.`),
  badPassage: (raw: string) =>
    p("bad-passage", `${quoted(raw)} is not a passage reference like \`brief:120-250\`; no passage opened.`),
  badPath: (raw: string) =>
    p("bad-path", `The path ${quoted(raw)} does not name two different nodes as \`from,to\`; no path shown.`),
  badEvidence: (raw: string) =>
    p(
      "bad-evidence",
      `The evidence filter ${quoted(raw)} is not \`in:source\`, \`only:source\`, \`every\` or \`disagree\`; showing everything.`,
    ),
  unknownEvidenceSource: (id: string) =>
    p("unknown-evidence-source", `No source with id ${quoted(id)}; showing everything.`),
  unknownPathEnd: (id: string) => p("unknown-path-end", `No node with id ${quoted(id)}; no path shown.`),
  unknownId: (id: string) => p("unknown-id", `No node or edge with id ${quoted(id)}; showing the whole graph.`),
  unknownFocus: (id: string) =>
    p("unknown-focus", `Cannot focus on ${quoted(id)}: no such node; showing the whole graph.`),
  unknownSource: (id: string) => p("unknown-source", `No source with id ${quoted(id)}; no passage opened.`),
  missingFile: (name: string) =>
    p(
      "missing-file",
      `This link shows ${quoted(name)}, a file opened in another browser or since forgotten in this one; showing the embedded brief.`,
    ),
  revealed: (label: string) =>
    p("revealed", `“${label}” was hidden by the filters or the focus; they were changed to show it.`),
  passageOutOfRange: (ref: string) =>
    p("passage-out-of-range", `Passage ${quoted(ref)} lies outside its source; no passage opened.`),
};
