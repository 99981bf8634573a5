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

  it("turns a failure inside a fetch into a failed reply, not an unhandled rejection", async () => {
    const linked = JSON.parse(toModelJson(valid.graph));
    linked.sources[0] = { ...linked.sources[0], text: undefined, file: "brief.txt" };
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => ({ ok: true, text: () => Promise.reject(new Error("the connection was reset")) })),
    );
    const replies = await answers({ bytes: encode(JSON.stringify(linked)), baseUrl: "https://example.org/m.json" });
    expect(replies).toEqual([{ type: "failed", message: "the connection was reset" }]);
  });

  it("looks up a source file named `constructor` as a file, not as a property of an object", async () => {
    const linked = JSON.parse(toModelJson(valid.graph));
    const text = linked.sources[0].text as string;
    linked.sources[0] = { ...linked.sources[0], text: undefined, file: "constructor" };
    vi.stubGlobal(
      "fetch",
      vi.fn(async (url: URL) => ({ ok: url.pathname === "/constructor", text: async () => text })),
    );
    const replies = await answers({ bytes: encode(JSON.stringify(linked)), baseUrl: "https://example.org/m.json" });
    const done = replies.at(-1);
    expect(done?.type === "done" && done.result.ok).toBe(true);
    // Unreachable, it is refused as unreadable: an object's lookup would have found Object itself, and thrown.
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => ({ ok: false })),
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
      vi.fn(async (url: URL) => (asked.push(url.href), { ok: true, text: async () => "text" })),
    );
    const sources = ["https://evil.example/a.txt", "//evil.example/b.txt", "../sources/c.txt", "d.txt"];
    const texts = await fetchSourceFiles(
      encode(JSON.stringify({ sources: sources.map((file) => ({ file })) })),
      "https://example.org/models/m.json",
    );
    expect(asked).toEqual(["https://example.org/sources/c.txt", "https://example.org/models/d.txt"]);
    expect([...texts.keys()]).toEqual(["../sources/c.txt", "d.txt"]);
  });
});
