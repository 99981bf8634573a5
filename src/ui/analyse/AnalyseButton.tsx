/** The header's "Analyse" button: the key nodes and who is asked to do what, in a dialog loaded on first use. */
import { lazy } from "react";
import { DialogButton } from "../common/DialogButton";

const AnalyseDialog = lazy(() => import("./AnalyseDialog"));

/** Opens the Analyse dialog. */
export function AnalyseButton() {
  return <DialogButton label="Analyse…" dialog={AnalyseDialog} props={{}} />;
}
