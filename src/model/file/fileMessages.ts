/**
 * Messages about a model file as bytes, before it is read as a model: size, encoding, nesting, counts.
 * Part of the same catalogue as messages.ts; separate because only files from outside meet these.
 */
import type { ModelIssue } from "../brief/messages";
import { formatCount, formatMegabytes as megabytes } from "./formatCount";

type Message = Omit<ModelIssue, "path">;

/** What a link downloads: the model, or one of the source files it names. */
export type LinkedFile = "model" | "source";
const LINKED_FILE: Record<LinkedFile, string> = { model: "The model", source: "The source file" };

export const fileMessages = {
  tooLarge: (bytes: number, max: number): Message => ({
    code: "file-too-large",
    message: `The file is ${megabytes(bytes)}; briefgraph opens model files of up to ${megabytes(max)}.`,
    fix: "Split the model, or remove what it does not need (positions are recomputed if missing).",
  }),
  empty: (): Message => ({
    code: "file-empty",
    message: "The file is empty.",
    fix: "Choose a briefgraph model file (.json); Export → JSON writes one.",
  }),
  notUtf8: (offset: number): Message => ({
    code: "not-utf8",
    message: `The file is not valid UTF-8: the byte at offset ${offset} cannot start or continue a character.`,
    fix: "Save the file as UTF-8 in your editor.",
  }),
  utf16: (): Message => ({
    code: "utf16",
    message: "The file is encoded as UTF-16; briefgraph reads UTF-8.",
    fix: "Save the file as UTF-8 in your editor.",
  }),
  notJsonAtAll: (start: string): Message => ({
    code: "not-json",
    message: `This is not a JSON file: it begins with “${start}”.`,
    fix: "Choose a briefgraph model file (.json); Export → JSON writes one.",
  }),
  tooDeep: (depth: number, max: number): Message => ({
    code: "too-deep",
    message: `The JSON nests ${depth} levels deep; a model needs at most ${max}.`,
    fix: "This is not a briefgraph model, or it has been damaged; check the file.",
  }),
  tooMany: (what: "nodes" | "edges", count: number, max: number): Message => ({
    code: "too-many",
    message: `The model has ${formatCount(count)} ${what}; briefgraph opens models of up to ${formatCount(max)}.`,
    fix: `Split the model into parts of at most ${formatCount(max)} ${what}.`,
  }),
  linkNotSameOrigin: (link: string): Message => ({
    code: "link-refused",
    message: `The link asks to open \`${link}\`, which is not on this site; briefgraph only opens models from its own site by link.`,
    fix: "Download the model and open it with “Open graph”, or put it on this site.",
  }),
  linkFailed: (link: string, status: string): Message => ({
    code: "link-refused",
    message: `The model at \`${link}\` could not be fetched (${status}).`,
    fix: "Check the address in the link; the file may have moved.",
  }),
  linkSilent: (what: LinkedFile, link: string, silenceMs: number): Message => ({
    code: "link-silent",
    message: `${LINKED_FILE[what]} at \`${link}\` did not arrive: the server sent nothing for ${Math.round(silenceMs / 1000)} seconds.`,
    fix: "Try again later; if the server stays silent, download the model and open it with “Open graph”.",
  }),
  linkTooLarge: (what: LinkedFile, link: string, bytes: number, declared: boolean, max: number): Message => ({
    code: "link-too-large",
    message: `${LINKED_FILE[what]} at \`${link}\` is ${declared ? "" : "over "}${megabytes(declared ? bytes : max)}; briefgraph downloads ${what === "model" ? "models" : "source files"} of up to ${megabytes(max)}, so the download was stopped.`,
    fix:
      what === "model"
        ? "Split the model, or remove what it does not need (positions are recomputed if missing)."
        : "Split the source into several shorter ones.",
  }),
  tooManySources: (count: number, max: number): Message => ({
    code: "too-many-sources",
    message: `The model names ${formatCount(count)} source files; briefgraph fetches at most ${formatCount(max)} for a model opened by link.`,
    fix: "Merge sources, or put their texts in the model under `text` (Export → JSON does this).",
  }),
  openCrashed: (detail: string): Message => ({
    code: "open-crashed",
    message: `The model could not be opened: ${detail}`,
    fix: "Try again; if it happens again, the file may be damaged.",
  }),
  sourceFileUnreachable: (sourceId: string, file: string): Message => ({
    code: "source-file-unreachable",
    message: `Source \`${sourceId}\` names the file \`${file}\`, which a model opened in the browser cannot read.`,
    fix: "Put the source's text in the model under `text` (Export → JSON does this), or open the model by link (?graph=).",
  }),
};
