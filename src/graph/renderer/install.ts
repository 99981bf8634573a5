/**
 * The one renderer patch every graph needs, installed before the first instance parses a style. The big-graph
 * renderer's patches are in bigGraphRenderer.ts, loaded with the first big graph.
 */
import { MissingInternal, reportMissing } from "./internals";
import { keepStyleParsesApart } from "./styleParse";

/**
 * The one patch every graph needs, big or small, made once before the first instance parses its style:
 * Cytoscape's parse cache can hand one value another's parse (styleParse.ts). Where its names are missing,
 * says so in the console and leaves Cytoscape's parse.
 */
export function installStyleParse(): void {
  try {
    keepStyleParsesApart();
  } catch (error) {
    if (!(error instanceof MissingInternal)) throw error;
    reportMissing(error, "Two style values that hash alike may be drawn one for the other.");
  }
}
