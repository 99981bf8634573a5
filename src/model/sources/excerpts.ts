/**
 * Finding quotes in source texts. A quote is verbatim: it must equal the source's characters at its offsets
 * exactly. Normalisation (typographic quotes and dashes to ASCII, whitespace runs to one space, case) is used
 * only to *find* a near miss and show the curator the exact source words; it never makes a quote pass.
 */

/** Folds the differences a curator's keyboard introduces, for near-miss search only. */
function foldForSearch(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”‟″]/g, '"')
    .replace(/[‐‑‒–—―]/g, "-")
    .toLowerCase();
}

/** Maps each character of a folded, whitespace-collapsed copy back to its index in the original. */
function foldWithMap(text: string): { folded: string; map: number[] } {
  let folded = "";
  const map: number[] = [];
  let lastWasSpace = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? "";
    if (/\s/.test(ch)) {
      if (lastWasSpace) continue;
      lastWasSpace = true;
      folded += " ";
      map.push(i);
      continue;
    }
    lastWasSpace = false;
    for (const f of foldForSearch(ch)) {
      folded += f;
      map.push(i);
    }
  }
  return { folded, map };
}

/** Every start index at which `quote` occurs verbatim in `text`. */
export function findAll(text: string, quote: string): number[] {
  const found: number[] = [];
  if (quote === "") return found;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

/** Where a quote occurs once normalised, as a range of the original text, or undefined. */
export function findNormalised(text: string, quote: string): { start: number; end: number } | undefined {
  const source = foldWithMap(text);
  const wanted = foldWithMap(quote.trim()).folded;
  const at = source.folded.indexOf(wanted);
  if (at === -1 || wanted === "") return undefined;
  const start = source.map[at] ?? 0;
  const end = (source.map[at + wanted.length - 1] ?? start) + 1;
  return { start, end };
}

/**
 * The passage of `text` most like `quote`: a normalised match when there is one, else the window around the
 * densest run of the quote's three-word sequences. Used for "closest passage" hints.
 */
export function closestPassage(text: string, quote: string): string | undefined {
  const normalised = findNormalised(text, quote);
  if (normalised) return text.slice(normalised.start, normalised.end);
  const words = foldForSearch(quote).split(/\s+/).filter(Boolean).slice(0, 200);
  const haystack = foldForSearch(text);
  const hits = new Map<number, number>();
  for (let i = 0; i + 3 <= words.length; i++) {
    const trigram = words.slice(i, i + 3).join(" ");
    for (const at of findAll(haystack, trigram)) {
      // Vote for where the quote would start if this trigram is in place.
      const offset = haystack.slice(0, at).split(/\s+/).length - 1 - i;
      hits.set(offset, (hits.get(offset) ?? 0) + 1);
    }
  }
  const best = [...hits.entries()].toSorted((a, b) => b[1] - a[1])[0];
  if (!best) return undefined;
  const sourceWords = text.split(/(\s+)/);
  const startWord = Math.max(0, best[0]) * 2;
  // Two words of slack: the source may spend more words than the quote where they differ.
  const window = sourceWords.slice(startWord, startWord + (words.length + 2) * 2 - 1).join("");
  // A quote lives in one passage (one line), so the hint stops where the line does.
  return window.split("\n")[0]?.trim();
}
