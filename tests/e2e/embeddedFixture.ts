/**
 * The embedded model as shipped, for end-to-end tests that read their expectations from it (so curation can
 * go on without editing tests), and the Peacebuilding Commission that the reader journeys start from.
 */
import { readFileSync } from "node:fs";

interface FixtureModel {
  nodes: {
    id: string;
    label: string;
    type: string;
    position?: { x: number; y: number };
    excerpts: { quote: string; source: string; start: number; end: number }[];
  }[];
}

export const embeddedModel = JSON.parse(readFileSync("graph-data/brief.graph.json", "utf8")) as FixtureModel;
export const pbc = embeddedModel.nodes.find((n) => n.label === "Peacebuilding Commission")!;
export const firstQuote = pbc.excerpts[0]!;

/** A quote as the page shows it: the source's ** emphasis markers become formatting, not text. */
export const plain = (quote: string) => quote.replaceAll("**", "");
