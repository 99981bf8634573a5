/**
 * Accessibility helpers for the end-to-end tests: axe-core run inside the page, and keyboard-only movement
 * that reads where focus is by its accessible name.
 *
 * How axe gets into a page under a strict Content-Security-Policy: its source is evaluated through the DevTools
 * protocol (page.evaluate with a string), which CSP does not govern, unlike a <script> element added by
 * page.addScriptTag (inline, so refused). The page's own policy stays in force, so axe checks the real app.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs every axe-core rule (WCAG 2.0–2.2 A and AA plus best practices) and returns readable violations. */
export async function axeViolations(page: Page): Promise<string[]> {
  const loaded = await page.evaluate(() => "axe" in window);
  if (!loaded) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (o: object) => Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run({ resultTypes: ["violations"] });
    return result.violations as AxeViolation[];
  });
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} at ${v.nodes
        .slice(0, 4)
        .map((n) => `${n.target.join(" ")}${n.failureSummary ? ` [${n.failureSummary.replaceAll("\n", " ")}]` : ""}`)
        .join("; ")}`,
  );
}

/** The focused element as the accessibility tree names it, e.g. `button "Export…"`; "" for the page itself. */
export async function focusedName(page: Page): Promise<string> {
  const isBody = await page.evaluate(() => document.activeElement === document.body || !document.activeElement);
  if (isBody) return "";
  const snapshot = await page.locator(":focus").ariaSnapshot();
  // The first line of the YAML snapshot: `- button "Zoom out": −`, quoted as a whole when the name has a colon.
  let line = snapshot.split("\n")[0]!.replace(/^- /, "");
  const quoted = /^'((?:[^']|'')*)'/.exec(line);
  if (quoted) line = quoted[1]!.replaceAll("''", "'");
  return /^[\w-]+(?: "(?:[^"\\]|\\.)*")?(?: \[[^\]]*\])*/.exec(line)?.[0] ?? line;
}

/** Presses `key` until the focused element's name matches `wanted`; fails after `max` presses. */
export async function pressUntil(page: Page, key: string, wanted: RegExp, max = 150): Promise<string> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const name = await focusedName(page);
    if (wanted.test(name)) return name;
    seen.push(name);
  }
  throw new Error(`${key} × ${max} never reached ${wanted}; went through: ${seen.join(" | ")}`);
}

/**
 * The names of the elements of `role` in Chromium's own accessibility tree, the one screen readers are given:
 * what it marks as not rendered (content-visibility skips, for one) is ignored and not named.
 */
export async function accessibleNames(page: Page, role: string): Promise<Set<string | undefined>> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as {
    nodes: { role?: { value?: string }; name?: { value?: string } }[];
  };
  await cdp.detach();
  return new Set(nodes.filter((n) => n.role?.value === role).map((n) => n.name?.value));
}
