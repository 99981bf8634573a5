// Figures over the small fixture (pbc: coordinates with pbf, has advantage over the Security Council,
// supports Côte d'Ivoire) and rankings with ties.
import { describe, expect, it } from "vitest";
import { degrees, ordinal, ranking } from "../../../../src/model/query/figures";
import { degrees as degreeOfAll } from "../../../../src/model/query/importance";
import { loadSmallGraph } from "../../../support/smallGraph";

const { index } = loadSmallGraph();

describe("figures", () => {
  it("counts a node's connections by direction, a mutual relation as neither", () => {
    expect(degrees(index, "pbc")).toEqual({ total: 3, out: 2, in: 0, mutual: 1 });
    expect(degrees(index, "security-council")).toEqual({ total: 1, out: 0, in: 1, mutual: 0 });
    expect(degrees(index, "nowhere")).toEqual({ total: 0, out: 0, in: 0, mutual: 0 });
    expect(degreeOfAll(index.model)).toEqual(
      new Map([
        ["pbc", 3],
        ["pbf", 1],
        ["security-council", 1],
        ["cote-d-ivoire", 1],
      ]),
    );
  });

  it("ranks highest first, equal values sharing a rank", () => {
    const ranked = ranking(
      new Map([
        ["a", 1],
        ["b", 5],
        ["c", 1],
        ["d", 3],
        ["e", 1],
      ]),
    );
    expect(ranked.map((r) => `${r.id}${r.rank}`)).toEqual(["b1", "d2", "a3", "c3", "e3"]);
  });

  it.each([
    [1, "1st"],
    [2, "2nd"],
    [3, "3rd"],
    [4, "4th"],
    [11, "11th"],
    [12, "12th"],
    [13, "13th"],
    [21, "21st"],
    [22, "22nd"],
    [87, "87th"],
    [101, "101st"],
    [111, "111th"],
  ])("%i is the %s", (n, words) => expect(ordinal(n)).toBe(words));
});
