import { describe, expect, it } from "vitest";
import { closestPassage, findAll, findNormalised } from "../../../../src/model/sources/excerpts";

const text = "The impending drawdown of peace operations in Liberia, Côte D’Ivoire, and Haiti—each with restoration.";

describe("finding quotes", () => {
  it("finds every verbatim occurrence", () => {
    expect(findAll("a peace, a peace", "peace")).toEqual([2, 11]);
    expect(findAll(text, "Cote")).toEqual([]);
  });

  it.each([
    ["Côte D'Ivoire", "Côte D’Ivoire"],
    ["cote d'ivoire", "Côte D’Ivoire"],
    ["Haiti-each  with", "Haiti—each with"],
  ])("maps the near miss %j back to the source's exact words", (quote, exact) => {
    const range = findNormalised(text, quote);
    expect(range && text.slice(range.start, range.end)).toBe(exact);
  });

  it("offers the closest passage for a quote with a changed word", () => {
    expect(closestPassage(text, "The impending drawdown of peace operations in Liberia, Senegal, and Haiti")).toBe(
      "The impending drawdown of peace operations in Liberia, Côte D’Ivoire, and Haiti—each with",
    );
    expect(closestPassage(text, "Nothing like this at all")).toBeUndefined();
  });
});
