/**
 * Cytoscape caches every style value it parses (each rule's, each bypass's and each element's mapped label)
 * under a 32-bit sdbm hash of the property name and value, and never checks that a cached entry is the one
 * asked for (Cytoscape 3.34, `style.parse`). Two different values can hash alike, and then one is handed the
 * other's parse: with a synthetic graph of 5,000 nodes, placing node "Item 1"'s label to the right
 * (`text-halign: right`, a bypass) returned the parse of the label "Item 3094", so the canvas drew
 * "Item 1" as "Item 3094". A graph whose labels are quotations cannot show a label that is not its own.
 *
 * Here the cache is keyed by the full name and value instead, in a Map per style: the same parses, no
 * collisions. Patched on the prototype every style shares, once, before any instance parses a rule.
 */
import cytoscape from "cytoscape";
import { MissingInternal } from "./internals";

type Parse = (this: object, name: string, value: unknown, propIsBypass?: boolean, propIsFlat?: unknown) => unknown;
interface StyleParseInternals {
  parse?: Parse;
  parseImplWarn?: Parse;
}

/** Cytoscape's `copy`: arrays and plain objects shallowly, anything else as it is. */
function copy(value: unknown): unknown {
  if (Array.isArray(value)) return value.slice();
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype)
    return { ...value };
  return value;
}

const caches = new WeakMap<object, Map<string, unknown>>();
let patched = false;

/**
 * Makes every Cytoscape style parse through a collision-free cache. Safe to call more than once; throws
 * MissingInternal when the pinned Cytoscape's names are gone.
 */
export function keepStyleParsesApart(): void {
  if (patched) return;
  const probe = cytoscape({ headless: true, styleEnabled: true });
  const style = Object.getPrototypeOf(probe.style()) as StyleParseInternals | null;
  probe.destroy();
  const parseImplWarn = style?.parseImplWarn;
  if (!style || typeof style.parse !== "function" || typeof parseImplWarn !== "function")
    throw new MissingInternal(["style.parse", "style.parseImplWarn"]);
  patched = true;
  // As Cytoscape's own parse does, but with the whole key: function values are never cached, and bypasses
  // and mappings get a copy, since Cytoscape changes them later in their lives.
  style.parse = function (name, value, propIsBypass, propIsFlat) {
    if (typeof value === "function") return parseImplWarn.call(this, name, value, propIsBypass, propIsFlat);
    const flatKey = propIsFlat === "mapping" || typeof propIsFlat === "boolean" || propIsFlat == null ? "" : propIsFlat;
    const key = `${name}\u0000${String(value)}\u0000${propIsBypass ? "t" : "f"}\u0000${String(flatKey)}`;
    let cache = caches.get(this);
    if (!cache) caches.set(this, (cache = new Map()));
    let parsed = cache.get(key);
    if (parsed === undefined) {
      parsed = parseImplWarn.call(this, name, value, propIsBypass, propIsFlat) ?? null;
      cache.set(key, parsed);
    }
    if (parsed === null) return null;
    if (!propIsBypass && propIsFlat !== "mapping") return parsed;
    const own = copy(parsed) as { value?: unknown };
    own.value = copy(own.value);
    return own;
  };
}
