/** A copy action with a short-lived "Copied" / "Copy failed" status for the button that triggered it. */
import { useCallback, useEffect, useState } from "react";
import { copyText } from "./clipboard";

export type CopyStatus = "idle" | "copied" | "failed";

/** Returns the status and a function that copies `text` and updates it. */
export function useCopy(): [CopyStatus, (text: string) => void] {
  const [status, setStatus] = useState<CopyStatus>("idle");
  useEffect(() => {
    if (status === "idle") return;
    const timer = setTimeout(() => setStatus("idle"), 2000);
    return () => clearTimeout(timer);
  }, [status]);
  const copy = useCallback((text: string) => {
    void copyText(text).then((ok) => setStatus(ok ? "copied" : "failed"));
  }, []);
  return [status, copy];
}
