/** Notices: short messages above the canvas, each with an id the state hands out, so dismissing one is exact. */
import type { AppState } from "../appState";

/** Notices shown at once; past this, the newest are folded into one that counts them. */
export const MOST_NOTICES = 5;

/** `texts` after `shown` notices already on screen, the overflow folded into a last one that counts it. */
function withinCap(texts: readonly string[], shown: number): string[] {
  const room = Math.max(1, MOST_NOTICES - shown);
  if (texts.length <= room) return [...texts];
  const kept = texts.slice(0, room - 1);
  const more = texts.length - kept.length;
  return [...kept, `…and ${more.toLocaleString("en")} more notices, not shown.`];
}

export const noticeActions = {
  addNotices: (s: AppState, texts: readonly string[]): AppState => {
    if (texts.length === 0) return s;
    const added = withinCap(texts, s.notices.length);
    return {
      ...s,
      notices: [...s.notices, ...added.map((text, i) => ({ id: s.nextNoticeId + i, text }))],
      nextNoticeId: s.nextNoticeId + added.length,
    };
  },
  dismissNotice: (s: AppState, id: number): AppState => ({ ...s, notices: s.notices.filter((n) => n.id !== id) }),
};
