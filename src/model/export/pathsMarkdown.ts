/**
 * "How is A connected to B?" answered in Markdown for a report: each path's statements with their quotations
 * and short citations, the full references once, and a link back to the view in briefgraph.
 */
import type { SourceInfo } from "../brief/schema";
import { plainQuote } from "../sources/citation";
import type { GraphIndex } from "../query/graphIndex";
import type { Path } from "../query/paths";
import { connectionTitle, relationArrow, stepCount, tellPath } from "../query/pathStory";
import { escapeMarkdown, referenceLine } from "./citationsMarkdown";

/** The paths as Markdown: a heading, each path's statements with their quotations, the sources and a link. */
export function pathsMarkdown(
  index: GraphIndex,
  paths: readonly Path[],
  sources: ReadonlyMap<string, SourceInfo>,
  link: string,
): string {
  const [first] = paths;
  if (!first) return "";
  const from = index.nodes.get(first.nodes[0]!)!;
  const to = index.nodes.get(first.nodes.at(-1)!)!;
  const cited = new Set<string>();
  const lines = [`## ${escapeMarkdown(connectionTitle(from, to))}`, ""];
  paths.forEach((path, i) => {
    lines.push(`### Path ${i + 1} of ${paths.length}: ${stepCount(path)}`, "");
    tellPath(index, path, sources).forEach((statement, step) => {
      const { source, target, excerpt } = statement;
      lines.push(
        `${step + 1}. **${escapeMarkdown(source.label)}** ${relationArrow(statement)} **${escapeMarkdown(target.label)}**`,
      );
      if (!excerpt) return;
      cited.add(excerpt.source);
      lines.push(`   > “${escapeMarkdown(plainQuote(excerpt.quote))}” (${escapeMarkdown(statement.citation)})`);
    });
    lines.push("");
  });
  const used = [...cited].flatMap((id) => (sources.has(id) ? [sources.get(id)!] : []));
  if (used.length > 0) lines.push("Sources:", "", ...used.map(referenceLine), "");
  lines.push(`[Open in briefgraph](<${link}>)`, "");
  return lines.join("\n");
}
