/** The header's Export button; the dialog and every exporter behind it load on first use. */
import { lazy } from "react";
import { viewHref } from "../../state/viewHref";
import { DialogButton } from "../common/DialogButton";

const ExportDialog = lazy(() => import("./ExportDialog"));

/** Opens the Export dialog, handing it the link maker (see useExportRunner.ts's ViewLink for why). */
export function ExportButton() {
  return <DialogButton label="Export…" dialog={ExportDialog} props={{ linkTo: viewHref }} />;
}
