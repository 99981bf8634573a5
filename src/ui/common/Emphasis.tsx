/** Shows text whose `**…**` markers mean emphasis, as <strong> runs; the text is never parsed as HTML. */
import { splitEmphasis } from "../../model/sources/citation";

/** Renders `text` with its bold markers as emphasis, starting emphasised when `startsStrong`. */
export function Emphasis({ text, startsStrong = false }: { text: string; startsStrong?: boolean }) {
  return (
    <>
      {splitEmphasis(text, startsStrong).map((run, i) => (run.strong ? <strong key={i}>{run.text}</strong> : run.text))}
    </>
  );
}
