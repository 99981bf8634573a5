// Counts are written as English readers expect them, without loading the browser's locale data.
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatCount } from "../../../../src/model/file/formatCount";

describe("formatCount", () => {
  it("groups thousands with commas", () => {
    expect(formatCount(0)).toBe("0");
    expect(formatCount(999)).toBe("999");
    expect(formatCount(1000)).toBe("1,000");
    expect(formatCount(20_000)).toBe("20,000");
    expect(formatCount(1_234_567)).toBe("1,234,567");
  });

  it("writes any whole number exactly as toLocaleString('en') does", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        expect(formatCount(n)).toBe(n.toLocaleString("en"));
      }),
    );
  });
});
