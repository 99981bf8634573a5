// The page's side of the load worker, with a stand-in Worker: a "failed" reply and a worker that falls silent
// both end the opening with a message, and the worker is stopped; replies that keep coming keep it alive.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { openModel } from "../../../src/open/openModel";
import type { WorkerReply } from "../../../src/open/loadReplies";

class FakeWorker {
  static last: FakeWorker;
  terminated = false;
  private listeners = new Map<string, ((event: unknown) => void)[]>();
  constructor() {
    FakeWorker.last = this;
  }
  addEventListener(type: string, listener: (event: unknown) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  postMessage() {}
  terminate() {
    this.terminated = true;
  }
  reply(data: WorkerReply) {
    for (const listener of this.listeners.get("message") ?? []) listener({ data });
  }
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal("Worker", FakeWorker);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const request = () => ({ bytes: new Uint8Array(4) });

describe("openModel", () => {
  it("fails with the worker's message when it reports a failure", async () => {
    const opening = openModel(request(), () => {});
    FakeWorker.last.reply({ type: "failed", message: "text.indexOf is not a function" });
    await expect(opening.result).rejects.toThrow("text.indexOf is not a function");
    expect(FakeWorker.last.terminated).toBe(true);
  });

  it("fails, and stops the worker, when it stays silent past the limit", async () => {
    const progress: string[] = [];
    const opening = openModel(request(), (p) => progress.push(p.stage), 1000);
    const failed = expect(opening.result).rejects.toThrow("it stopped answering for 1 second");
    // Progress keeps it alive however long the whole opening takes.
    for (let i = 0; i < 5; i++) {
      vi.advanceTimersByTime(900);
      FakeWorker.last.reply({ type: "progress", progress: { stage: "validating" } });
    }
    expect(FakeWorker.last.terminated).toBe(false);
    vi.advanceTimersByTime(1000);
    await failed;
    expect(progress).toHaveLength(5);
    expect(FakeWorker.last.terminated).toBe(true);
  });
});
