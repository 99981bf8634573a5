/** Numbers as written into SVG: a hundredth of a pixel is finer than any screen or printer shows. */

/** `v` rounded to `digits` decimals, without trailing zeros ("12.5", "-3", never "-0"). */
export function n(v: number, digits = 2): string {
  return (Number(v.toFixed(digits)) + 0).toString();
}
