/**
 * The one source of truth for the model file format. The JSON Schema in graph-data/ is generated from here
 * (npm run schema) and the TypeScript types are inferred from it.
 */
import * as z from "zod/mini";
import { NODE_TYPES, RELATIONS } from "./vocabulary";
import { ID_PATTERN } from "./ids";

// zod compiles fast paths with `new Function` unless told not to; our Content-Security-Policy forbids eval.
z.config({ jitless: true });

export const FORMAT_TAG = "briefgraph";
export const FORMAT_VERSION = 1;

const LIMITS = {
  idLength: 64,
  labelLength: 40,
  aliasLength: 80,
  descriptionLength: 2000,
  quoteLength: 2000,
  noteLength: 1000,
  titleLength: 200,
} as const;

const id = z.string().check(z.maxLength(LIMITS.idLength), z.regex(ID_PATTERN));
const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
const offset = z.int().check(z.minimum(0));

export const excerptSchema = z.strictObject({
  source: id.check(z.describe("Id of the source the quote is taken from.")),
  quote: text(LIMITS.quoteLength).check(
    z.describe("The source's exact words, typographic quotes and ** markers included. One passage at most."),
  ),
  start: offset.check(z.describe("Index of the quote's first character in the source text (UTF-16 code units).")),
  end: offset.check(z.describe("Index just past the quote's last character. `npm run offsets` fills start and end.")),
  passage: z
    .string()
    .check(
      z.minLength(1),
      z.maxLength(40),
      z.describe('The paragraph or bullet quoted, e.g. "insight 9" (filled by `npm run offsets`).'),
    ),
});

export const positionSchema = z.strictObject({ x: z.number(), y: z.number() });

export const nodeSchema = z.strictObject({
  id: id.check(z.describe("Unique across nodes and edges: lowercase letters, digits, single hyphens.")),
  label: text(LIMITS.labelLength).check(z.describe("Short, in the sources' own words; at most 40 characters.")),
  type: z.enum(NODE_TYPES),
  aliases: z.optional(z.array(text(LIMITS.aliasLength)).check(z.describe("Other names readers may search for."))),
  description: text(LIMITS.descriptionLength).check(z.describe("What this is, in the curators' own words.")),
  excerpts: z.array(excerptSchema).check(z.minLength(1), z.describe("Verbatim evidence from the sources.")),
  group: z.optional(id.check(z.describe("Id of a compound parent node."))),
  position: z.optional(positionSchema.check(z.describe("Drawing position, written by `npm run layout`."))),
  weight: z.optional(
    z
      .number()
      .check(
        z.nonnegative(),
        z.describe("How important the curators judge the node; drawn size follows it instead of its connections."),
      ),
  ),
});

export const edgeSchema = z.strictObject({
  id,
  source: id,
  target: id,
  relation: z.enum(RELATIONS),
  excerpts: z.array(excerptSchema).check(z.minLength(1), z.describe("The passages that evidence this relation.")),
  note: z.optional(text(LIMITS.noteLength).check(z.describe("Curators' remark, e.g. how two sources disagree."))),
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
