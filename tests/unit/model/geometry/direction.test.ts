// Arrow-key navigation on positions as drawn (y grows downwards): the nearest node within ±60° of the key's
// direction, else the one closest in angle. Positions are made up for the cases; no model is involved.
import { describe, expect, it } from "vitest";
import {
  chooseInDirection,
  directionOfKey,
  type Direction,
  type Placed,
} from "../../../../src/model/geometry/direction";

const origin: Placed = { id: "o", x: 0, y: 0 };
const at = (id: string, x: number, y: number): Placed => ({ id, x, y });

// A compass: one node each way, the diagonal ones farther out.
const compass = [
  at("east", 100, 0),
  at("south", 0, 100),
  at("west", -100, 0),
  at("north", 0, -100),
  at("north-east-far", 300, -300),
];

describe("chooseInDirection", () => {
  it.each<[Direction, string]>([
    ["right", "east"],
    ["down", "south"],
    ["left", "west"],
    ["up", "north"],
  ])("%s goes to the node that way", (direction, expected) => {
    expect(chooseInDirection(origin, compass, direction)).toBe(expected);
  });

  it.each<[string, Placed[], Direction, string | null]>([
    [
      "nearest within the cone wins over the straighter one",
      [at("straight", 400, 0), at("near", 50, 60)],
      "right",
      "near",
    ],
    ["59° off still counts; 61° does not", [at("in", 100, -166), at("out", 50, 91)], "right", "in"],
    ["nothing that way: the closest in angle", [at("north", 0, -100), at("south-west", -50, 60)], "right", "north"],
    ["angle ties go to the nearer one", [at("far", 0, -300), at("near", 0, -100)], "left", "near"],
    ["the origin itself and nodes on top of it are skipped", [at("o", 0, 0), at("same", 0.2, 0.1)], "up", null],
    ["no candidates", [], "down", null],
  ])("%s", (_, candidates, direction, expected) => {
    expect(chooseInDirection(origin, candidates, direction)).toBe(expected);
  });

  it("keeps model order on exact ties", () => {
    expect(chooseInDirection(origin, [at("a", 0, 100), at("b", 0, 100)], "down")).toBe("a");
  });
});

describe("directionOfKey", () => {
  it("maps the four arrows and nothing else", () => {
    expect(["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "Enter", "w"].map(directionOfKey)).toEqual([
      "up",
      "down",
      "left",
      "right",
      null,
      null,
    ]);
  });
});
