// The page's colours in both themes, read from the light-dark() pairs in src/ui/styles/base.css: text reaches
// 4.5:1 on every background it is drawn on (WCAG 1.4.3), control outlines and the focus ring 3:1 (1.4.11).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { contrast, over, type Rgba } from "../../../support/contrast";

const css = readFileSync("src/ui/styles/base.css", "utf8");
const rootBlock = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? "";
const pairs = new Map(
  [
    ...rootBlock.matchAll(
      /--([\w-]+):\s*light-dark\(\s*((?:rgba?\([^)]*\))|#[0-9a-f]{6})\s*,\s*((?:rgba?\([^)]*\))|#[0-9a-f]{6})\s*\)/gi,
    ),
  ].map((m) => [m[1]!, [m[2]!, m[3]!] as const]),
);

type Theme = "light" | "dark";
/** A variable's colour in a theme, made opaque over the theme's background when translucent. */
function colour(name: string, theme: Theme): Rgba {
  const pair = pairs.get(name);
  if (!pair) throw new Error(`base.css has no light-dark() value for --${name}`);
  const bg = pairs.get("bg")![theme === "light" ? 0 : 1];
  return over(pair[theme === "light" ? 0 : 1], bg);
}

const TEXT_ON = {
  text: ["bg", "surface", "pressed", "open", "notice-bg", "error-bg", "overlay", "cited"],
  muted: ["bg", "surface", "pressed", "overlay"],
  accent: ["bg", "surface", "overlay"],
} as const;
const OUTLINES_ON = { "control-border": ["bg", "surface", "overlay"], focus: ["bg", "surface"] } as const;

describe.each(["light", "dark"] as const)("the %s theme", (theme) => {
  it("defines every colour for both themes", () => {
    for (const name of ["bg", "surface", "text", "muted", "accent", "focus", "control-border", "pressed"]) {
      expect(pairs.has(name), name).toBe(true);
    }
  });

  for (const [fg, backgrounds] of Object.entries(TEXT_ON)) {
    it.each(backgrounds)(`--${fg} text reaches 4.5:1 on --%s`, (bg) => {
      expect(contrast(colour(fg, theme), colour(bg, theme))).toBeGreaterThanOrEqual(4.5);
    });
  }

  for (const [fg, backgrounds] of Object.entries(OUTLINES_ON)) {
    it.each(backgrounds)(`--${fg} reaches 3:1 on --%s`, (bg) => {
      expect(contrast(colour(fg, theme), colour(bg, theme))).toBeGreaterThanOrEqual(3);
    });
  }
});
