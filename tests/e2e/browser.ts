/** Chromium through playwright-core, as installed on the machine (no browser download). */
import { chromium, type Browser, type BrowserServer, type Page } from "playwright-core";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const launchOptions = () => ({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });

/** Launches the system Chromium (the bench, which runs outside the tests). */
export function launch(): Promise<Browser> {
  return chromium.launch(launchOptions());
}

/** Launches the system Chromium as a server that every end-to-end test file connects to (globalSetup.ts). */
export function launchServer(): Promise<BrowserServer> {
  return chromium.launchServer(launchOptions());
}

/**
 * Connects to the Chromium the global setup launched, at `wsEndpoint`. Closing what this returns closes the
 * test file's contexts and disconnects, leaving the browser to the next file.
 */
export function connect(wsEndpoint: string): Promise<Browser> {
  return chromium.connect(wsEndpoint);
}

/** Opens `url` and waits for the app's ready signal: the graph has been drawn. Collects page errors. */
export async function openApp(page: Page, url: string): Promise<string[]> {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  // The built page carries a strict Content-Security-Policy: any violation is reported as an error.
  await page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || "inline code"}`),
    ),
  );
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.ready === "true", null, { timeout: 20_000 });
  return errors;
}
