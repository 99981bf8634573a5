/** The production build in a cache folder, served by `vite preview`: what every benchmark measures. */
import { resolve } from "node:path";
import { build, preview, type PreviewServer } from "vite";

export const OUT_DIR = resolve("node_modules/.cache/briefgraph-bench");

/** Builds the app for production, whatever NODE_ENV tsx or Vitest left behind (else React's dev build runs). */
export async function buildApp(outDir = OUT_DIR): Promise<void> {
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    await build({ mode: "production", logLevel: "warn", build: { outDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}

/** Serves `outDir` on a free local port; returns the server and its base URL. */
export async function serve(outDir = OUT_DIR): Promise<{ server: PreviewServer; url: string }> {
  const server = await preview({
    logLevel: "warn",
    build: { outDir },
    preview: { host: "127.0.0.1", port: 0, open: false },
  });
  return { server, url: server.resolvedUrls?.local[0] ?? "" };
}
