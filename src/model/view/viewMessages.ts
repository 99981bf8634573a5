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
    | "unknown-id"
    | "unknown-focus"
    | "unknown-source"
    | "passage-out-of-range"
    | "revealed";
  message: string;
}

const p = (code: ViewProblem["code"], message: string): ViewProblem => ({ code, message });

export const viewMessages = {
  unknownParam: (key: string) => p("unknown-param", `Ignored the unknown link parameter \`${key}\`.`),
  nodeAndEdge: () => p("node-and-edge", "The link selects both a node and an edge; showing the node."),
  badDepth: (raw: string) => p("bad-depth", `Focus depth \`${raw}\` is not 1, 2 or 3; using 1.`),
  badType: (raw: string) => p("bad-type", `\`${raw}\` is not a node type; it was not hidden.`),
  badRelation: (raw: string) => p("bad-relation", `\`${raw}\` is not a relation; it was not hidden.`),
  badLayout: (raw: string) => p("bad-layout", `No layout called \`${raw}\`; showing the shipped layout.`),
  badPassage: (raw: string) =>
    p("bad-passage", `\`${raw}\` is not a passage reference like \`brief:120-250\`; no passage opened.`),
  unknownId: (id: string) => p("unknown-id", `No node or edge with id \`${id}\`; showing the whole graph.`),
  unknownFocus: (id: string) => p("unknown-focus", `Cannot focus on \`${id}\`: no such node; showing the whole graph.`),
  unknownSource: (id: string) => p("unknown-source", `No source with id \`${id}\`; no passage opened.`),
  revealed: (label: string) =>
    p("revealed", `“${label}” was hidden by the filters or the focus; they were changed to show it.`),
  passageOutOfRange: (ref: string) =>
    p("passage-out-of-range", `Passage \`${ref}\` lies outside its source; no passage opened.`),
};
