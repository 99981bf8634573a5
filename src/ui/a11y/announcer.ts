/**
 * Messages for the polite live region. Any panel may announce; the one LiveRegion speaks them. A plain
 * emitter rather than store state: an announcement is an event, and repeating one must speak again.
 */
import { useEffect } from "react";

type Listener = (text: string) => void;
const listeners = new Set<Listener>();

/** Queues `text` for screen readers (politely: after what they are reading). Empty text is ignored. */
export function announce(text: string): void {
  if (!text) return;
  for (const listener of Array.from(listeners)) listener(text);
}

/** Listens for announcements; returns the function that stops listening. */
export function onAnnounce(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Announces `text` once it has stayed the same for `delayMs`, so typing does not produce a stream of speech. */
export function useDebouncedAnnouncement(text: string, delayMs = 700): void {
  useEffect(() => {
    if (!text) return;
    const timer = setTimeout(() => announce(text), delayMs);
    return () => clearTimeout(timer);
  }, [text, delayMs]);
}
