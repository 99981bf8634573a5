// Downloads within bounds, against stand-in servers: a silent one times out (before answering and mid-stream),
// an oversized one is refused from its Content-Length without reading the body, or from the streamed bytes
// with the stream cancelled there, and Cancel stops it; the messages name the URL.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fetchBounded, fetchRefusal, type Fetched } from "../../../src/open/boundedFetch";

const bounds = { maxBytes: 1_000_000, silenceMs: 20_000 };
const url = new URL("https://example.org/models/m.json");

/** A body that yields `chunks` chunks of `size` bytes, counting how many were pulled and whether it was cancelled. */
function stream(chunks: number, size: number) {
  const seen = { pulled: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (seen.pulled === chunks) return controller.close();
      seen.pulled++;
      controller.enqueue(new Uint8Array(size).fill(65));
    },
    cancel() {
      seen.cancelled = true;
    },
  });
  return { body, seen };
}

/** A fetch that never answers, but gives up when its signal aborts, as the browser's does. */
const silentFetch = vi.fn(
  (_url: URL, init: RequestInit) =>
    new Promise<Response>((_, reject) =>
      init.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError"))),
    ),
);

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const refused = (fetched: Fetched) => (fetched.ok ? null : fetchRefusal(fetched, "model", "/m.json", bounds));

describe("fetchBounded", () => {
  it("returns the bytes and reports them as they arrive", async () => {
    const { body } = stream(3, 100);
    vi.stubGlobal("fetch", async () => new Response(body, { headers: { "content-length": "300" } }));
    const heard: Array<[number, number | undefined]> = [];
    const fetched = await fetchBounded(url, bounds, { onBytes: (done, total) => heard.push([done, total]) });
    expect(fetched.ok && fetched.bytes.byteLength).toBe(300);
    expect(heard).toEqual([
      [100, 300],
      [200, 300],
      [300, 300],
    ]);
  });

  it("refuses a response whose Content-Length is over the limit without reading its body", async () => {
    const { body, seen } = stream(50, 100);
    vi.stubGlobal("fetch", async () => new Response(body, { headers: { "content-length": "5000000" } }));
    const fetched = await fetchBounded(url, bounds);
    expect(fetched).toEqual({ ok: false, problem: "too-large", bytes: 5_000_000, declared: true });
    // A ReadableStream pulls its first chunk ahead of any reader; nothing after that.
    expect(seen.pulled).toBeLessThanOrEqual(1);
    expect(refused(fetched)?.message).toBe(
      "The model at `/m.json` is 5.0 MB; briefgraph downloads models of up to 1.0 MB, so the download was stopped.",
    );
  });

  it("cuts off a body that grows past the limit, cancelling the stream there", async () => {
    const { body, seen } = stream(50, 300_000);
    vi.stubGlobal("fetch", async () => new Response(body));
    const fetched = await fetchBounded(url, bounds);
    expect(fetched).toEqual({ ok: false, problem: "too-large", bytes: 1_200_000, declared: false });
    expect(refused(fetched)?.message).toBe(
      "The model at `/m.json` is over 1.0 MB; briefgraph downloads models of up to 1.0 MB, so the download was stopped.",
    );
    expect(seen.pulled).toBeLessThan(8);
    expect(seen.cancelled).toBe(true);
  });

  it("gives up on a server that sends nothing, and says so with the URL", async () => {
    vi.stubGlobal("fetch", silentFetch);
    const fetching = fetchBounded(url, bounds);
    await vi.advanceTimersByTimeAsync(19_999);
    let settled = false;
    void fetching.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const fetched = await fetching;
    expect(fetched).toEqual({ ok: false, problem: "silent" });
    expect(refused(fetched)).toEqual({
      code: "link-silent",
      message: "The model at `/m.json` did not arrive: the server sent nothing for 20 seconds.",
      fix: "Try again later; if the server stays silent, download the model and open it with “Open graph”.",
    });
  });

  it("gives up on a server that falls silent mid-stream, but not on one that keeps sending", async () => {
    let controller!: ReadableStreamDefaultController<Uint8Array>;
    const body = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
    vi.stubGlobal("fetch", async (_url: URL, init: RequestInit) => {
      init.signal?.addEventListener("abort", () => controller.error(new DOMException("aborted", "AbortError")));
      return new Response(body);
    });
    const fetching = fetchBounded(url, bounds);
    // A chunk every 15 s keeps the download alive past the 20 s limit...
    for (let i = 0; i < 3; i++) {
      await vi.advanceTimersByTimeAsync(15_000);
      controller.enqueue(new Uint8Array(10));
    }
    // ...then silence ends it.
    await vi.advanceTimersByTimeAsync(20_000);
    expect(await fetching).toEqual({ ok: false, problem: "silent" });
  });

  it("stops when cancelled, and has nothing to say about it", async () => {
    vi.stubGlobal("fetch", silentFetch);
    const cancel = new AbortController();
    const fetching = fetchBounded(url, bounds, { signal: cancel.signal });
    cancel.abort();
    const fetched = await fetching;
    expect(fetched).toEqual({ ok: false, problem: "cancelled" });
    expect(refused(fetched)).toBeNull();
  });

  it("reports an HTTP error or a failed request", async () => {
    vi.stubGlobal("fetch", async () => new Response("gone", { status: 404 }));
    expect(refused(await fetchBounded(url, bounds))?.message).toBe(
      "The model at `/m.json` could not be fetched (HTTP 404).",
    );
    vi.stubGlobal("fetch", async () => Promise.reject(new TypeError("Failed to fetch")));
    expect(refused(await fetchBounded(url, bounds))?.message).toBe(
      "The model at `/m.json` could not be fetched (the network request failed).",
    );
  });
});
