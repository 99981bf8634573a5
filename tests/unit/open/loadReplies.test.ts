// What the load worker answers, run in Node: a graph in parts then "done"; every failure, thrown at once or
// inside a promise, as "failed" with its message, never silence; and source files looked up as files, even
// one named like an object's own property.
import { afterEach, describe, expect, it, vi } from "vitest";
import { answerLoad, type WorkerReply } from "../../../src/open/loadReplies";
import { fetchSourceFiles } from "../../../src/open/loadPipeline";
import { toModelJson } from "../../../src/model/export/modelJson";
import { validateModel } from "../../../src/model/brief/validate";
import { fileReader } from "../../../scripts/lib/modelFile";
import { smallModel, SMALL_MODEL_PATH } from "../model/brief/brokenModels";
import { LINK_LIMITS } from "../../../src/model/file/fileLimits";

const valid = validateModel(smallModel(), fileReader(SMALL_MODEL_PATH));
if (!valid.ok) throw new Error("small fixture invalid");
const encode = (text: string) => new TextEncoder().encode(text);

async function answers(request: Parameters<typeof answerLoad>[0]): Promise<WorkerReply[]> {
  const replies: WorkerReply[] = [];
  await answerLoad(request, (reply) => replies.push(reply));
  return replies;
}

afterEach(() => vi.unstubAllGlobals());

describe("answerLoad", () => {
  it("sends progress, the graph in parts, then done", async () => {
    const replies = await answers({ bytes: encode(toModelJson(valid.graph)) });
    expect(replies.map((r) => r.type).filter((t, i, all) => t !== all[i - 1])).toEqual(["progress", "part", "done"]);
  });

  it("turns a failure into a failed reply with its message", async () => {
    // No bytes at all: the decoder throws.
    const replies = await answers({ bytes: undefined as unknown as Uint8Array });
    expect(replies.at(-1)).toEqual({ type: "failed", message: expect.stringMatching(/\w/) });
  });

  it("turns a failure after an await into a failed reply, not an unhandled rejection", async () => {
    const linked = JSON.parse(toModelJson(valid.graph));
    linked.sources[0] = { ...linked.sources[0], text: undefined, file: "brief.txt" };
    // A response that throws when read: anything thrown once the load has awaited something.
    const broken = {
      ok: true,
      get headers(): never {
        throw new Error("the connection was reset");
      },
    };
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => broken),
    );
    const replies = await answers({ bytes: encode(JSON.stringify(linked)), baseUrl: "https://example.org/m.json" });
    expect(replies.filter((r) => r.type !== "progress")).toEqual([
      { type: "failed", message: "the connection was reset" },
    ]);
  });

  it("looks up a source file named `constructor` as a file, not as a property of an object", async () => {
    const linked = JSON.parse(toModelJson(valid.graph));
    const text = linked.sources[0].text as string;
    linked.sources[0] = { ...linked.sources[0], text: undefined, file: "constructor" };
    vi.stubGlobal(
      "fetch",
      vi.fn(async (url: URL) => new Response(text, { status: url.pathname === "/constructor" ? 200 : 404 })),
    );
    const replies = await answers({ bytes: encode(JSON.stringify(linked)), baseUrl: "https://example.org/m.json" });
    const done = replies.at(-1);
    expect(done?.type === "done" && done.result.ok).toBe(true);
    // Unreachable, it is refused as unreadable: an object's lookup would have found Object itself, and thrown.
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response("", { status: 404 })),
    );
    const refused = (
      await answers({ bytes: encode(JSON.stringify(linked)), baseUrl: "https://example.org/m.json" })
    ).at(-1);
    expect(refused?.type === "done" && !refused.result.ok && refused.result.issues.map((i) => i.code)).toEqual([
      "source-missing-text",
    ]);
  });

  it("fetches a linked model's source files from its own site only", async () => {
    const asked: string[] = [];
    vi.stubGlobal(
      "fetch",
      vi.fn(async (url: URL) => (asked.push(url.href), new Response("text"))),
    );
    const sources = ["https://evil.example/a.txt", "//evil.example/b.txt", "../sources/c.txt", "d.txt"];
    const texts = await fetchSourceFiles(
      encode(JSON.stringify({ sources: sources.map((file) => ({ file })) })),
      "https://example.org/models/m.json",
    );
    expect(asked).toEqual(["https://example.org/sources/c.txt", "https://example.org/models/d.txt"]);
    expect(texts.ok && [...texts.texts.keys()]).toEqual(["../sources/c.txt", "d.txt"]);
  });

  it("refuses a model naming more source files than the limit, before fetching any", async () => {
    const fetch = vi.fn(async () => new Response("text"));
    vi.stubGlobal("fetch", fetch);
    const sources = Array.from({ length: LINK_LIMITS.maxSourceFiles + 1 }, (_, i) => ({ file: `s${i}.txt` }));
    // The same file named twice counts once.
    const replies = await answers({
      bytes: encode(JSON.stringify({ sources: [...sources, { file: "s0.txt" }] })),
      baseUrl: "https://example.org/m.json",
    });
    expect(fetch).not.toHaveBeenCalled();
    expect(replies.at(-1)).toEqual({
      type: "done",
      result: {
        ok: false,
        warnings: [],
        issues: [
          {
            code: "too-many-sources",
            path: ["sources"],
            message: "The model names 21 source files; briefgraph fetches at most 20 for a model opened by link.",
            fix: "Merge sources, or put their texts in the model under `text` (Export → JSON does this).",
          },
        ],
      },
    });
  });

  it("refuses a model whose source file is over the size limit, and fetches nothing after it", async () => {
    const asked: string[] = [];
    vi.stubGlobal(
      "fetch",
      vi.fn(async (url: URL) => {
        asked.push(url.pathname);
        return new Response("x", { headers: { "content-length": String(30_000_000) } });
      }),
    );
    const sources = [
      { id: "inline", text: "…" },
      { id: "big", file: "big.txt" },
    ];
    const replies = await answers({
      bytes: encode(JSON.stringify({ sources })),
      baseUrl: "https://example.org/m.json",
    });
    expect(asked).toEqual(["/big.txt"]);
    const done = replies.at(-1);
    expect(done?.type === "done" && !done.result.ok && done.result.issues).toEqual([
      {
        code: "link-too-large",
        path: ["sources", 1, "file"],
        message:
          "The source file at `big.txt` is 30.0 MB; briefgraph downloads source files of up to 5.0 MB, so the download was stopped.",
        fix: "Split the source into several shorter ones.",
      },
    ]);
    // The page heard how far the downloads had got.
    expect(replies).toContainEqual({ type: "progress", progress: { stage: "sources", done: 0, total: 1 } });
  });
});
