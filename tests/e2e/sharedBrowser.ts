/** The one Chromium of the end-to-end run, launched by globalSetup.ts: each test file connects to it. */
import type { Browser } from "playwright-core";
import { inject } from "vitest";
import { connect } from "./browser";

/** Connects to the shared Chromium; close the result in afterAll to close this file's pages. */
export function sharedBrowser(): Promise<Browser> {
  return connect(inject("browserEndpoint"));
}
