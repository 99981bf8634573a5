/** Shows text whose `**…**` markers mean emphasis, as <strong> runs; the text is never parsed as HTML. */
import { splitEmphasis } from "../../model/citation";

/** Renders `text` with its bold markers as emphasis. */
export function Emphasis({ text }: { text: string }) {
  return <>{splitEmphasis(text).map((run, i) => (run.strong ? <strong key={i}>{run.text}</strong> : run.text))}</>;
}
