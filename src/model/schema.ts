/**
 * The one source of truth for the model file format. The JSON Schema in graph-data/ is generated from here
 * (npm run schema) and the TypeScript types are inferred from it.
 */
import * as z from "zod/mini";
import { NODE_TYPES, RELATIONS } from "./vocabulary";

// zod compiles fast paths with `new Function` unless told not to; our Content-Security-Policy forbids eval.
z.config({ jitless: true });

export const FORMAT_TAG = "briefgraph";
export const FORMAT_VERSION = 1;

export const LIMITS = {
  idLength: 64,
  labelLength: 40,
  aliasLength: 80,
  descriptionLength: 2000,
  quoteLength: 2000,
  noteLength: 1000,
  titleLength: 200,
} as const;

/** Ids are lowercase slugs so they are safe in URLs, file names and messages. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const id = z.string().check(z.maxLength(LIMITS.idLength), z.regex(ID_PATTERN));
const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
const offset = z.int().check(z.minimum(0));

export const excerptSchema = z.strictObject({
  source: id,
  quote: text(LIMITS.quoteLength),
  start: offset,
  end: offset,
  passage: z.string().check(z.minLength(1), z.maxLength(40)),
});

export const positionSchema = z.strictObject({ x: z.number(), y: z.number() });

export const nodeSchema = z.strictObject({
  id,
  label: text(LIMITS.labelLength),
  type: z.enum(NODE_TYPES),
  aliases: z.optional(z.array(text(LIMITS.aliasLength))),
  description: text(LIMITS.descriptionLength),
  excerpts: z.array(excerptSchema).check(z.minLength(1)),
  group: z.optional(id),
  position: z.optional(positionSchema),
});

export const edgeSchema = z.strictObject({
  id,
  source: id,
  target: id,
  relation: z.enum(RELATIONS),
  excerpts: z.array(excerptSchema).check(z.minLength(1)),
  note: z.optional(text(LIMITS.noteLength)),
});

export const sourceSchema = z.strictObject({
  id,
  title: text(LIMITS.titleLength),
  shortTitle: text(40),
  publisher: text(LIMITS.titleLength),
  date: z.iso.date(),
  kind: z.enum(["meeting-brief", "web-summary", "report", "article", "other"]),
  role: z.enum(["primary", "secondary"]),
  /** What the source's bullets are called in citations ("insight 9"); "bullet" when absent. */
  bulletName: z.optional(text(20)),
  /** Path of the text file, relative to the model file. */
  file: z.optional(text(200)),
  /** The text itself, for self-contained model files. */
  text: z.optional(z.string()),
  /** sha256 of the text's UTF-8 bytes, hex: excerpts' offsets are only meaningful for these exact bytes. */
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  /** Where the text was taken from. */
  origin: z.optional(text(500)),
});

export const modelSchema = z.strictObject({
  $schema: z.optional(z.string()),
  format: z.literal(FORMAT_TAG),
  version: z.literal(FORMAT_VERSION),
  title: text(LIMITS.titleLength),
  description: z.optional(text(LIMITS.descriptionLength)),
  sources: z.array(sourceSchema).check(z.minLength(1)),
  nodes: z.array(nodeSchema).check(z.minLength(1)),
  edges: z.array(edgeSchema),
});

export type Excerpt = z.infer<typeof excerptSchema>;
export type GraphNode = z.infer<typeof nodeSchema>;
export type GraphEdge = z.infer<typeof edgeSchema>;
export type SourceInfo = z.infer<typeof sourceSchema>;
export type GraphModel = z.infer<typeof modelSchema>;
export type Position = z.infer<typeof positionSchema>;
