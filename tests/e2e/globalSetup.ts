/**
 * Builds the production app into a scratch directory and serves it with `vite preview` on a free port, and
 * launches the one Chromium every test file connects to; the tests get the URL through inject("baseUrl") and
 * open the browser through sharedBrowser().
 */
import { createServer } from "node:net";
import { rm } from "node:fs/promises";
import { resolve } from "node:path";
import { build, preview, type PreviewServer } from "vite";
import type { BrowserServer } from "playwright-core";
import type { TestProject } from "vitest/node";
import { launchServer } from "./browser";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    browserEndpoint: string;
  }
}

// One build folder per run, so two test runs on one machine never serve each other's half-written build.
const OUT_DIR = resolve(`node_modules/.cache/briefgraph-e2e-${process.pid}`);

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

let server: PreviewServer | undefined;
let chromium: BrowserServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  // Vitest sets NODE_ENV=test, which would give React's development build (StrictMode rehearsals, dev
  // warnings): the tests must run what readers get.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    await build({ mode: "production", logLevel: "warn", build: { outDir: OUT_DIR, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  const port = await freePort();
  server = await preview({
    logLevel: "warn",
    build: { outDir: OUT_DIR },
    preview: { host: "127.0.0.1", port, strictPort: true, open: false },
  });
  project.provide("baseUrl", `http://127.0.0.1:${port}/`);
  chromium = await launchServer();
  project.provide("browserEndpoint", chromium.wsEndpoint());
}

export async function teardown(): Promise<void> {
  await chromium?.close();
  await server?.close();
  await rm(OUT_DIR, { recursive: true, force: true });
}
