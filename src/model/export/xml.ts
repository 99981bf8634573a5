/** Escaping for the XML exporters (GraphML, GEXF, SVG). */

// XML 1.0 forbids most control characters even when escaped; a hostile label must not make the file unreadable.
// oxlint-disable-next-line no-control-regex -- matching control characters is the point here.
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Escapes text for use in XML content or a double-quoted attribute. */
export function escapeXml(text: string): string {
  // Line breaks and tabs become character references: parsers turn raw ones in attribute values into spaces,
  // and GEXF keeps excerpts in attributes.
  return text
    .replace(INVALID_XML_CHARS, "")
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&apos;")
    .replaceAll("\t", "&#9;")
    .replaceAll("\n", "&#10;")
    .replaceAll("\r", "&#13;");
}
