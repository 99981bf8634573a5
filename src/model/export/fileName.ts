/** File names for exports, derived from what the reader is looking at: "briefgraph-peacebuilding-commission.png". */

const BRAND = "briefgraph";
/** Long enough to tell views apart, short enough for every file system and e-mail client. */
const MAX_SLUG = 60;

/** Lowercase ASCII letters, digits and single hyphens only; accents are folded, everything else is a hyphen. */
export function slugify(text: string): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug.slice(0, MAX_SLUG).replace(/-+$/, "");
}

/** "briefgraph-<subject>[-<suffix>].<extension>", or "briefgraph.<extension>" when there is no subject. */
export function exportFileName(subject: string | null, extension: string, suffix?: string): string {
  const parts = [BRAND, subject ? slugify(subject) : "", suffix ? slugify(suffix) : ""].filter(Boolean);
  return `${parts.join("-")}.${extension}`;
}
