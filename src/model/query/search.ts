/**
 * Search over node labels, aliases, descriptions and quotes that forgives accents, apostrophes, case and small
 * typos: "cote divoire" finds "Côte d'Ivoire", "peacebuilding comission" finds the Commission.
 */
import { editDistance } from "../brief/suggest";
import type { GraphModel } from "../brief/schema";

export type SearchField = "label" | "alias" | "description" | "quote";

/** Lowercases, drops accents and apostrophes, and turns every other non-letter into a single space. */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’‘ʼ`]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

interface Token {
  text: string;
  /** Index of the whitespace-separated word of the original text it came from, for snippets. */
  word: number;
}

interface IndexedField {
  field: SearchField;
  words: string[];
  tokens: Token[];
}

interface Entry {
  id: string;
  label: string;
  foldedLabel: string;
  /** The label and every alias, folded: a query that is one of them names this node. */
  names: Set<string>;
  fields: IndexedField[];
}

export interface SearchIndex {
  entries: Entry[];
}

export interface SearchHit {
  id: string;
  label: string;
  score: number;
  /** Where the best match was found. */
  field: SearchField;
  /** A few words around the match, for description and quote hits. */
  snippet?: string;
}

const FIELD_WEIGHT: Record<SearchField, number> = { label: 1, alias: 0.95, description: 0.6, quote: 0.5 };

function indexField(field: SearchField, text: string): IndexedField {
  const words = text.replaceAll("**", "").split(/\s+/).filter(Boolean);
  const tokens = words.flatMap((w, word) =>
    foldText(w)
      .split(" ")
      .filter(Boolean)
      .map((t) => ({ text: t, word })),
  );
  return { field, words, tokens };
}

function entryOf(node: GraphModel["nodes"][number]): Entry {
  return {
    id: node.id,
    label: node.label,
    foldedLabel: foldText(node.label),
    names: new Set([node.label, ...(node.aliases ?? [])].map(foldText)),
    fields: [
      indexField("label", node.label),
      ...(node.aliases ?? []).map((a) => indexField("alias", a)),
      indexField("description", node.description),
      ...node.excerpts.map((e) => indexField("quote", e.quote)),
    ],
  };
}

export interface SearchIndexSteps {
  /** Indexes at least `atLeast` more nodes, then more while `timeLeft()` (ms) stays above zero; true once done. */
  step(timeLeft: () => number, atLeast?: number): boolean;
  /** The whole index, finishing it now if steps left any nodes out; the same object on every call. */
  finish(): SearchIndex;
}

/**
 * Builds a model's search index a slice at a time, so that indexing a big model (~150–250 ms for 20,000 nodes)
 * can run in idle moments instead of one long task.
 */
export function searchIndexInSteps(model: GraphModel): SearchIndexSteps {
  const entries: Entry[] = [];
  const index: SearchIndex = { entries };
  const { nodes } = model;
  const step = (timeLeft: () => number, atLeast = 200) => {
    const minimum = Math.min(nodes.length, entries.length + atLeast);
    while (entries.length < nodes.length && (entries.length < minimum || timeLeft() > 0))
      entries.push(entryOf(nodes[entries.length]!));
    return entries.length === nodes.length;
  };
  return {
    step,
    finish() {
      step(() => Infinity);
      return index;
    },
  };
}

/** Typos allowed for a query word of this length: none for short words, where they would match everything. */
function allowedTypos(length: number): number {
  return length <= 3 ? 0 : length <= 6 ? 1 : 2;
}

/** How well one query word matches one indexed word, 0 to 1. */
function tokenScore(query: string, token: string): number {
  if (token === query) return 1;
  if (token.startsWith(query)) return 0.85;
  const typos = allowedTypos(query.length);
  if (typos === 0 || Math.abs(token.length - query.length) > typos + 3) return 0;
  if (editDistance(query, token) <= typos) return 0.7;
  // A typo inside a word still being typed: compare with the word's beginning.
  if (token.length > query.length && editDistance(query, token.slice(0, query.length)) <= typos) return 0.6;
  return 0;
}

function fieldMatch(words: string[], field: IndexedField): { score: number; word: number } {
  let total = 0;
  let firstWord = -1;
  for (const q of words) {
    let best = 0;
    let bestWord = -1;
    for (const token of field.tokens) {
      const s = tokenScore(q, token.text);
      if (s > best) [best, bestWord] = [s, token.word];
      if (best === 1) break;
    }
    if (best === 0) return { score: 0, word: -1 };
    total += best;
    if (firstWord === -1) firstWord = bestWord;
  }
  return { score: total / words.length, word: firstWord };
}

function snippet(words: string[], at: number): string {
  const from = Math.max(0, at - 5);
  const to = Math.min(words.length, at + 9);
  return `${from > 0 ? "…" : ""}${words.slice(from, to).join(" ")}${to < words.length ? "…" : ""}`;
}

/** Nodes matching every word of the query, best first. */
export function search(index: SearchIndex, query: string, limit = 20): SearchHit[] {
  const folded = foldText(query);
  const words = folded.split(" ").filter(Boolean);
  if (words.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const entry of index.entries) {
    let best: SearchHit | undefined;
    for (const field of entry.fields) {
      const match = fieldMatch(words, field);
      const score = match.score * FIELD_WEIGHT[field.field];
      if (score === 0 || (best && best.score >= score)) continue;
      best = { id: entry.id, label: entry.label, score, field: field.field };
      if (field.field === "description" || field.field === "quote") best.snippet = snippet(field.words, match.word);
    }
    if (!best) continue;
    // A query that is a node's whole name or alias ("PBC") means that node, above every partial match.
    if (entry.names.has(folded)) best.score += 1;
    else if (entry.foldedLabel.startsWith(folded)) best.score += 0.5;
    hits.push(best);
  }
  return hits.toSorted((a, b) => b.score - a.score || a.label.localeCompare(b.label)).slice(0, limit);
}
