/**
 * The controlled vocabularies of the model: node types and edge relations.
 * Each entry carries the words the legend, the docs and the error messages use, so they never drift apart.
 */

export const NODE_TYPES = [
  "concept",
  "recommendation",
  "finding",
  "un-body",
  "actor",
  "organization",
  "person",
  "place",
  "event",
  "document",
] as const;

export type NodeType = (typeof NODE_TYPES)[number];

export interface VocabularyEntry {
  /** Words shown to readers (legend, details panel). */
  label: string;
  /** What curators should use it for. */
  description: string;
}

export const NODE_TYPE_INFO: Record<NodeType, VocabularyEntry> = {
  concept: {
    label: "Concept",
    description: "An idea the sources discuss: prevention, sustaining peace, state authority.",
  },
  recommendation: {
    label: "Recommendation",
    description: "Something the sources say should be done (an insight phrased as advice).",
  },
  finding: { label: "Finding", description: "Something the sources observe or agree on, without prescribing action." },
  "un-body": { label: "UN body", description: "A UN organ, office, fund, commission or operation." },
  actor: {
    label: "Actor",
    description: "A group that acts: member states, governments, citizens, the private sector.",
  },
  organization: {
    label: "Organization",
    description: "A named organization outside the UN system, or a national mission to the UN.",
  },
  person: { label: "Person", description: "A named person or office-holder." },
  place: { label: "Place", description: "A country or region." },
  event: { label: "Event", description: "A meeting, a conversation, a series of them." },
  document: { label: "Document", description: "A publication, resolution, agenda or goal set." },
};

export const RELATIONS = [
  "recommends",
  "raises",
  "addressed-to",
  "involves",
  "responds-to",
  "supports",
  "enables",
  "part-of",
  "coordinates-with",
  "has-advantage-over",
  "contrasts-with",
  "committed-to",
  "reaffirms",
  "organized",
  "co-sponsored",
  "moderated",
  "spoke-at",
  "participated-in",
  "affiliated-with",
  "represents",
  "follows",
  "focuses-on",
  "documents",
  "adopted",
  "mandates",
  "located-in",
  "draws-lessons-from",
] as const;

export type Relation = (typeof RELATIONS)[number];

export const RELATION_INFO: Record<Relation, VocabularyEntry> = {
  recommends: { label: "recommends", description: "A meeting or its participants put forward a recommendation." },
  raises: { label: "raises", description: "A meeting or its participants put forward a finding." },
  "addressed-to": { label: "addressed to", description: "A recommendation asks this actor or body to act." },
  involves: {
    label: "involves",
    description: "A recommendation, finding or proposal concerns this concept, body or actor.",
  },
  "responds-to": { label: "responds to", description: "A recommendation answers a problem named in a finding." },
  supports: { label: "supports", description: "One thing gives political, financial or practical support to another." },
  enables: { label: "enables", description: "One thing makes another possible or gives it legitimacy." },
  "part-of": { label: "part of", description: "One thing is a component, member or instance of another." },
  "coordinates-with": { label: "coordinates with", description: "Two bodies should communicate or work together." },
  "has-advantage-over": {
    label: "has advantage over",
    description: "The sources say one body has comparative advantages over another.",
  },
  "contrasts-with": {
    label: "contrasts with",
    description: "The sources set two things against each other, or the two sources disagree.",
  },
  "committed-to": { label: "committed to", description: "A person or body has committed to an agenda or priority." },
  reaffirms: { label: "reaffirms", description: "A person or body restates a consensus or commitment." },
  organized: { label: "organized", description: "An organization convened a meeting or series." },
  "co-sponsored": { label: "co-sponsored", description: "An organization or mission co-sponsored a meeting." },
  moderated: { label: "moderated", description: "A person moderated a meeting's discussion." },
  "spoke-at": { label: "spoke at", description: "A person delivered remarks at a meeting." },
  "participated-in": { label: "participated in", description: "An actor took part in a meeting." },
  "affiliated-with": { label: "affiliated with", description: "A person holds a position in an organization." },
  represents: { label: "represents", description: "A person or mission represents a state or organization." },
  follows: { label: "follows", description: "A meeting comes after an earlier one in a series." },
  "focuses-on": { label: "focuses on", description: "A meeting or effort concentrates on a topic." },
  documents: { label: "documents", description: "A publication records a meeting." },
  adopted: { label: "adopted", description: "A body adopted a resolution or agenda." },
  mandates: { label: "mandates", description: "A resolution or body gives another its mandate." },
  "located-in": { label: "located in", description: "Something takes place in, or is deployed to, a place." },
  "draws-lessons-from": {
    label: "draws lessons from",
    description: "A recommendation learns from the experience of a place or operation.",
  },
};

/** The relations that read the same in both directions; drawn without an arrowhead. */
/** Kinds of node that are a meeting's logistics (who organised, spoke, documented) rather than its argument. */
export const LOGISTICS_TYPES: ReadonlySet<NodeType> = new Set<NodeType>([
  "event",
  "organization",
  "person",
  "document",
]);

export const SYMMETRIC_RELATIONS: ReadonlySet<Relation> = new Set<Relation>(["coordinates-with", "contrasts-with"]);
