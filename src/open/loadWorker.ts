/** Web Worker entry: runs the load pipeline so a big file never freezes the page (loadReplies.ts). */
import type { LoadRequest } from "./loadPipeline";
import { answerLoad, type WorkerReply } from "./loadReplies";

// `self` in a module worker; typed loosely because the DOM lib types it as Window.
const scope = self as unknown as {
  postMessage: (reply: WorkerReply) => void;
  addEventListener: (type: "message", listener: (event: MessageEvent<LoadRequest>) => void) => void;
};

// postMessage here is the worker's own, which has no target origin: it can only answer the page that made it.
/* oxlint-disable unicorn/require-post-message-target-origin */
scope.addEventListener("message", (event) => void answerLoad(event.data, (reply) => scope.postMessage(reply)));
