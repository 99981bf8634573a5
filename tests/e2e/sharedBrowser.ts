/** The one Chromium of the end-to-end run, launched by globalSetup.ts: each test file connects to it. */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import { connect } from "./browser";

/** Connects to the shared Chromium; close the result in afterAll to close this file's pages. */
export function sharedBrowser(): Promise<Browser> {
  return connect(inject("browserEndpoint"));
}

/**
 * Connects this test file to the shared Chromium before its tests and lets go after them. Call at the top
 * level; the returned function gives the browser inside tests and hooks.
 */
export function useSharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await sharedBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error("The shared browser is reached only inside tests and hooks.");
    return browser;
  };
}
