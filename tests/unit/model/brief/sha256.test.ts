import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sha256Bytes, sha256Hex } from "../../../../src/model/brief/sha256";

describe("sha256", () => {
  // Known answers from FIPS 180-2, plus inputs either side of the 55/56/64-byte padding boundaries.
  it.each([
    "",
    "abc",
    "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
    "a".repeat(55),
    "a".repeat(56),
    "a".repeat(64),
    "Côte D’Ivoire—é",
  ])("matches node:crypto for %j", (text) => {
    expect(sha256Hex(text)).toBe(createHash("sha256").update(text, "utf8").digest("hex"));
  });

  it("gives the digests the model pins for both source files", () => {
    expect(sha256Bytes(readFileSync("graph-data/sources/brief.txt"))).toBe(
      "21e7653c1e137a46d90b4cb99e3cd2a42dc3f3b4711720a73f0369926087aba6",
    );
    expect(sha256Bytes(readFileSync("graph-data/sources/web-summary.txt"))).toBe(
      "4f88692bdece0cbca8cb6c15f125afa4d7689b55426f6af6a737397a213433a0",
    );
  });
});
