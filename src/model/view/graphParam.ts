/**
 * Which graph a link refers to, in its `graph` parameter: a model's address for a linked model
 * (`graph=/models/brief.json`), `file:` and the name for a file the reader opened on their device
 * (`graph=file:mine.json`), nothing for the embedded brief. A link without it always opens the brief, so a
 * link made on the brief means the brief, whatever a reader's browser remembers.
 */

export type GraphParam = { kind: "link"; url: string } | { kind: "file"; name: string };

const FILE_PREFIX = "file:";

/** What a `graph` parameter names. */
export function parseGraphParam(raw: string): GraphParam {
  return raw.startsWith(FILE_PREFIX)
    ? { kind: "file", name: raw.slice(FILE_PREFIX.length) }
    : { kind: "link", url: raw };
}

/** The `graph` parameter's value for a graph opened from a file or a link. */
export function graphParamValue(param: GraphParam): string {
  return param.kind === "file" ? `${FILE_PREFIX}${param.name}` : param.url;
}
