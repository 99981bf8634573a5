/** Notices: short messages above the canvas, each with an id the state hands out, so dismissing one is exact. */
import type { AppState } from "../appState";

export const noticeActions = {
  addNotices: (s: AppState, texts: readonly string[]): AppState =>
    texts.length === 0
      ? s
      : {
          ...s,
          notices: [...s.notices, ...texts.map((text, i) => ({ id: s.nextNoticeId + i, text }))],
          nextNoticeId: s.nextNoticeId + texts.length,
        },
  dismissNotice: (s: AppState, id: number): AppState => ({ ...s, notices: s.notices.filter((n) => n.id !== id) }),
};
