/**
 * Integrity checks that a schema cannot express: unique ids, edges between existing nodes, groups, orphans,
 * and every excerpt verbatim in its source at its offsets and inside the passage it names.
 */
import { integrityMessages as m, type ModelIssue } from "./messages";
import type { JsonPath } from "./jsonPath";
import { closestName } from "./suggest";
import { closestPassage, findAll, findNormalised } from "../sources/excerpts";
import { passageAt, type Passage } from "../sources/passages";
import type { Excerpt, GraphModel } from "./schema";

export interface SourceTexts {
  texts: ReadonlyMap<string, string>;
  passages: ReadonlyMap<string, readonly Passage[]>;
}

/** All integrity issues of a schema-valid model, in document order. */
export function checkIntegrity(model: GraphModel, sources: SourceTexts): ModelIssue[] {
  return [
    ...checkIds(model),
    ...checkEdges(model),
    ...checkGroups(model),
    ...checkExcerpts(model, sources),
    ...checkOrphans(model),
  ];
}

function checkIds(model: GraphModel): ModelIssue[] {
  const issues: ModelIssue[] = [];
  const seen = new Map<string, JsonPath>();
  const visit = (id: string, path: JsonPath) => {
    const first = seen.get(id);
    if (first) issues.push({ ...m.duplicateId(id, first), path });
    else seen.set(id, path);
  };
  model.nodes.forEach((node, i) => visit(node.id, ["nodes", i, "id"]));
  model.edges.forEach((edge, i) => visit(edge.id, ["edges", i, "id"]));
  return issues;
}

function checkEdges(model: GraphModel): ModelIssue[] {
  const nodeIds = new Set(model.nodes.map((n) => n.id));
  const issues: ModelIssue[] = [];
  model.edges.forEach((edge, i) => {
    for (const end of ["source", "target"] as const) {
      const id = edge[end];
      if (!nodeIds.has(id))
        issues.push({ ...m.danglingEdge(edge.id, end, id, closestName(id, nodeIds)), path: ["edges", i, end] });
    }
    if (edge.source === edge.target) issues.push({ ...m.selfLoop(edge.id, edge.source), path: ["edges", i, "target"] });
  });
  return issues;
}

function checkGroups(model: GraphModel): ModelIssue[] {
  const nodeIds = new Set(model.nodes.map((n) => n.id));
  const issues: ModelIssue[] = [];
  model.nodes.forEach((node, i) => {
    if (node.group !== undefined && (!nodeIds.has(node.group) || node.group === node.id)) {
      issues.push({
        ...m.unknownGroup(node.id, node.group, closestName(node.group, nodeIds)),
        path: ["nodes", i, "group"],
      });
    }
  });
  return issues;
}

function checkOrphans(model: GraphModel): ModelIssue[] {
  const connected = new Set(model.edges.flatMap((e) => [e.source, e.target]));
  return model.nodes.flatMap((node, i) =>
    connected.has(node.id) ? [] : [{ ...m.orphanNode(node.id), path: ["nodes", i] }],
  );
}

function checkExcerpts(model: GraphModel, sources: SourceTexts): ModelIssue[] {
  const issues: ModelIssue[] = [];
  const owners = [
    ...model.nodes.map((n, i) => ({ excerpts: n.excerpts, path: ["nodes", i] as JsonPath })),
    ...model.edges.map((e, i) => ({ excerpts: e.excerpts, path: ["edges", i] as JsonPath })),
  ];
  const declared = new Set(model.sources.map((s) => s.id));
  for (const owner of owners) {
    owner.excerpts.forEach((excerpt, j) => {
      // A declared source whose text could not be read is reported once, at the source, not at every quote.
      if (declared.has(excerpt.source) && !sources.texts.has(excerpt.source)) return;
      const issue = checkExcerpt(excerpt, sources, declared);
      if (issue) issues.push({ ...issue, path: [...owner.path, "excerpts", j, ...issue.subPath] });
    });
  }
  return issues;
}

type ExcerptIssue = Omit<ModelIssue, "path"> & { subPath: JsonPath };

/** The first thing wrong with one excerpt, or undefined when it is verbatim, placed and named right. */
function checkExcerpt(
  excerpt: Excerpt,
  sources: SourceTexts,
  declared: Iterable<string> = sources.texts.keys(),
): ExcerptIssue | undefined {
  const text = sources.texts.get(excerpt.source);
  if (text === undefined)
    return {
      ...m.unknownSource(excerpt.source, closestName(excerpt.source, declared)),
      subPath: ["source"],
    };
  const { quote, start, end } = excerpt;
  if (text.slice(start, end) !== quote || end - start !== quote.length) {
    const found = findAll(text, quote);
    if (found.length > 0)
      return { ...m.offsetsMoved(excerpt.source, start, end, found[0] ?? 0, quote.length), subPath: ["start"] };
    if (end > text.length || start >= end) return { ...m.badOffsets(start, end, text.length), subPath: ["start"] };
    const near = findNormalised(text, quote);
    if (near) return { ...m.quoteTypography(excerpt.source, text.slice(near.start, near.end)), subPath: ["quote"] };
    return { ...m.quoteNotFound(excerpt.source, closestPassage(text, quote)), subPath: ["quote"] };
  }
  const passages = sources.passages.get(excerpt.source) ?? [];
  const passage = passageAt(passages, { start, end });
  if (!passage) {
    const from = passages.find((p) => start < p.end)?.name ?? "the start";
    const to = passages.findLast((p) => end > p.start)?.name ?? "the end";
    return { ...m.crossesPassages(from, to), subPath: ["quote"] };
  }
  if (passage.name !== excerpt.passage)
    return { ...m.wrongPassage(excerpt.passage, passage.name), subPath: ["passage"] };
  return undefined;
}
