// @vitest-environment happy-dom
// Opening a model by link, as the page does it, against stand-in servers: the download shows its progress, a
// silent server is given up with a message naming the link and a Retry, an oversized model is refused from its
// Content-Length, and Cancel (or another opening, by link or by file) stops the one before without a word.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { cancelOpening, openFile, openLink, type OpenActions } from "../../../src/open/graphOpener";
import { LINK_LIMITS } from "../../../src/model/file/fileLimits";

/** Actions that record what the opener asked of the page. */
function recorder() {
  const calls: Array<[string, ...unknown[]]> = [];
  const actions = new Proxy({} as OpenActions, {
    get:
      (_target, name: string) =>
      (...args: unknown[]) =>
        void calls.push([name, ...args]),
  });
  return { actions, calls, named: (name: string) => calls.filter(([n]) => n === name).map(([, ...a]) => a) };
}

/** A fetch that never answers, but gives up when its signal aborts, as the browser's does. */
const silentFetch = (_url: URL, init: RequestInit) =>
  new Promise<Response>((_, reject) =>
    init.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError"))),
  );

const link = "/graph-data/other.graph.json";

/** A load worker that never answers: an opening waits in its checking stage. */
class SilentWorker {
  addEventListener() {}
  postMessage() {}
  terminate() {}
}

// The opening's and the download's code load on first use; loaded once here, so fake time starts when the
// download does.
beforeAll(() => Promise.all([import("../../../src/open/opening"), import("../../../src/open/linkDownload")]));
beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("openLink", () => {
  it("gives up on a silent server with a message naming the link, and offers Retry", async () => {
    vi.stubGlobal("fetch", silentFetch);
    const { actions, named } = recorder();
    const opening = openLink(actions, link);
    // The opening's code loads first (graphOpener.ts), then the download starts.
    await vi.waitFor(() => expect(named("openStarted")).toEqual([[link, "fetching"]]));
    await vi.advanceTimersByTimeAsync(LINK_LIMITS.silenceMs);
    expect(await opening).toBe(false);
    expect(named("openFailed")).toEqual([
      [
        link,
        [
          {
            code: "link-silent",
            path: [],
            message:
              "The model at `/graph-data/other.graph.json` did not arrive: the server sent nothing for 20 seconds.",
            fix: "Try again later; if the server stays silent, download the model and open it with “Open graph”.",
          },
        ],
        true,
      ],
    ]);
  });

  it("refuses a model over the size limit from its Content-Length, with no Retry", async () => {
    vi.stubGlobal("fetch", async () => new Response("{}", { headers: { "content-length": "180000000" } }));
    const { actions, named } = recorder();
    expect(await openLink(actions, link)).toBe(false);
    const [[, issues, retry]] = named("openFailed") as [[string, Array<{ message: string }>, boolean]];
    expect(issues.map((i) => i.message)).toEqual([
      "The model at `/graph-data/other.graph.json` is 180.0 MB; briefgraph downloads models of up to 25.0 MB, so the download was stopped.",
    ]);
    expect(retry).toBe(false);
  });

  it("shows the download's progress in bytes", async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array(400_000));
        controller.close();
      },
    });
    // The body is not a model: the download is what this test is about, not what the worker says.
    vi.stubGlobal("fetch", async () => new Response(body, { headers: { "content-length": "400000" } }));
    vi.stubGlobal("Worker", SilentWorker);
    const { actions, named } = recorder();
    void openLink(actions, link);
    await vi.advanceTimersByTimeAsync(0);
    expect(named("openProgress")).toContainEqual([{ stage: "fetching", done: 400_000, total: 400_000 }]);
    cancelOpening();
  });

  it("stops the download on Cancel and says nothing more", async () => {
    vi.stubGlobal("fetch", silentFetch);
    const { actions, named, calls } = recorder();
    const opening = openLink(actions, link);
    cancelOpening();
    expect(await opening).toBe(false);
    expect(calls.map(([name]) => name)).toEqual(["openStarted", "openCancelled"]);
    expect(named("openFailed")).toEqual([]);
  });

  it("lets a newer opening take over without the older one clearing its status", async () => {
    vi.stubGlobal("fetch", silentFetch);
    const { actions, calls } = recorder();
    const first = openLink(actions, link);
    const second = openLink(actions, "/graph-data/third.graph.json");
    expect(await first).toBe(false);
    expect(calls.map(([name]) => name)).toEqual(["openStarted", "openStarted"]);
    cancelOpening();
    expect(await second).toBe(false);
    expect(calls.map(([name]) => name)).toEqual(["openStarted", "openStarted", "openCancelled"]);
  });

  it("a file opened while another is being checked takes over, and Cancel stops the newer one", async () => {
    // A worker that never answers: both openings wait in the checking stage.
    vi.stubGlobal("Worker", SilentWorker);
    const { actions, calls } = recorder();
    const first = openFile(actions, new File(["{}"], "a.json"));
    await vi.advanceTimersByTimeAsync(0);
    const second = openFile(actions, new File(["{}"], "b.json"));
    expect(await first).toBe(false);
    expect(calls.map(([name]) => name)).toEqual(["openStarted", "openStarted"]);
    cancelOpening();
    expect(await second).toBe(false);
    expect(calls.map(([name]) => name)).toEqual(["openStarted", "openStarted", "openCancelled"]);
  });

  it("a Cancel asked while the opening's code loads stops the opening before it starts", async () => {
    // A fresh page: opening.ts not loaded yet.
    vi.resetModules();
    const fresh = await import("../../../src/open/graphOpener");
    vi.stubGlobal("Worker", SilentWorker);
    const { actions, calls } = recorder();
    const opening = fresh.openFile(actions, new File(["{}"], "late.json"));
    fresh.cancelOpening();
    expect(await opening).toBe(false);
    expect(calls).toEqual([]);
  });
});
