/**
 * A CSS colour that follows the page's colour scheme: base.css sets `color-scheme` from the reader's theme
 * choice (or the system's), and light-dark() picks the matching value, so a colour written this way changes
 * with the theme without React re-rendering anything.
 */
export function lightDark(light: string, dark: string): string {
  return light === dark ? light : `light-dark(${light}, ${dark})`;
}
