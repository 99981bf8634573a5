/// <reference types="vitest/config" />
/**
 * Vite builds the single-page app; Vitest runs two projects: `unit` (model, state, graph and component tests;
 * components opt into happy-dom per file) and `e2e` (Chromium through playwright-core against the production
 * build, served by `vite preview` from a global setup).
 */
import { readdirSync, readFileSync } from "node:fs";
import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";
import { STARTUP_DYNAMIC } from "./scripts/lib/bundleSize";
import { DEFAULT_MODEL, loadModelFile } from "./scripts/lib/modelFile";
import { formatIssue } from "./src/model/brief/messages";
import { DEPLOY_HEADERS, META_CSP } from "./scripts/lib/deployHeaders";

// The policy (scripts/lib/deployHeaders.ts) goes into the built page only: the dev server injects inline
// styles for hot reloading.

function contentSecurityPolicy(): Plugin {
  return {
    name: "briefgraph-csp",
    apply: "build",
    transformIndexHtml: (html) =>
      html.replace("<head>", `<head>\n    <meta http-equiv="Content-Security-Policy" content="${META_CSP}" />`),
  };
}

/**
 * Publishes the embedded model and its sources at /graph-data/ in the build, as the dev server already does,
 * so `?graph=/graph-data/brief.graph.json` opens it by link like any model on the site.
 */
function linkableModel(): Plugin {
  return {
    name: "briefgraph-linkable-model",
    apply: "build",
    generateBundle() {
      const files = [
        "brief.graph.json",
        "briefgraph.schema.json",
        ...readdirSync("graph-data/sources").map((f) => `sources/${f}`),
      ];
      for (const file of files) {
        this.emitFile({ type: "asset", fileName: `graph-data/${file}`, source: readFileSync(`graph-data/${file}`) });
      }
    },
  };
}

/**
 * Lets the browser fetch, from the HTML, what the first paint needs but the app would only ask for later:
 * the lazy chunks `npm run size` counts as start-up (the canvas and the data loader), and the embedded model and
 * its source texts, which the loader fetches. Without this each waits for the script before it.
 */
function firstPaintPreloads(): Plugin {
  return {
    name: "briefgraph-first-paint-preloads",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(html, { bundle }) {
        if (!bundle) return html;
        const dataFiles: string[] = [];
        const chunks = new Set<string>();
        const visit = (fileName: string) => {
          const chunk = bundle[fileName];
          if (chunk?.type !== "chunk" || chunks.has(fileName)) return;
          chunks.add(fileName);
          chunk.imports.forEach(visit);
        };
        for (const output of Object.values(bundle)) {
          if (output.type === "chunk" && STARTUP_DYNAMIC.some((f) => output.facadeModuleId?.endsWith(`/${f}`)))
            visit(output.fileName);
          const embeddedData =
            output.type === "asset" &&
            output.fileName.startsWith("assets/") &&
            output.originalFileNames.some((f) => /^graph-data\/(brief\.graph\.json|sources\/.*\.txt)$/.test(f));
          if (embeddedData) dataFiles.push(`/${output.fileName}`);
        }
        // The entry and what Vite preloads for it are in the page already.
        const modules = [...chunks].filter((f) => !html.includes(f)).map((f) => `/${f}`);
        // Small files first: over HTTP/1.1 the browser opens six connections per host, and these tags come
        // after the entry script and the stylesheet (end of head), so those are never queued behind the canvas
        // chunk, the largest file.
        const sizeOf = (href: string) => {
          const output = bundle[href.slice(1)];
          return output?.type === "chunk" ? output.code.length : (output?.source.length ?? 0);
        };
        return [
          ...modules.map((href) => ({ rel: "modulepreload", href })),
          ...dataFiles.map((href) => ({ rel: "preload", as: "fetch", href })),
        ]
          .toSorted((a, b) => sizeOf(a.href) - sizeOf(b.href))
          .map((attrs) => ({ tag: "link", attrs: { ...attrs, crossorigin: "" }, injectTo: "head" as const }));
      },
    },
  };
}

/**
 * Validates the embedded model before building or serving: the app trusts it at run time without shipping
 * the validator, so an invalid model must stop the build, with the validator's messages.
 */
function validateEmbeddedModel(): Plugin {
  return {
    name: "briefgraph-validate-embedded-model",
    buildStart() {
      const result = loadModelFile(DEFAULT_MODEL);
      if (!result.ok) {
        const lines = result.issues.slice(0, 20).map((issue) => formatIssue(issue, DEFAULT_MODEL));
        this.error(`The embedded model is invalid; run npm run validate.\n${lines.join("\n")}`);
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), validateEmbeddedModel(), linkableModel(), firstPaintPreloads()],
  // Served as a host should serve the build (docs/deploy.md); the end-to-end tests run under them.
  preview: { headers: DEPLOY_HEADERS },
  build: {
    // Inline assets would be data: URLs in <style>; keep everything as files under style-src 'self'.
    assetsInlineLimit: 0,
    // Read by `npm run size` to know which chunks the page loads at start-up.
    manifest: true,
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.{ts,tsx}"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/e2e/globalSetup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
