/** Short, dismissible notices, e.g. about a link naming something that does not exist. */
import { useNoticeActions, useNotices } from "../../state/hooks";

/** The notice area; announced politely by screen readers. */
export function Notices() {
  const notices = useNotices();
  const { dismissNotice } = useNoticeActions();
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((notice) => (
        <p key={notice.id} className="notice">
          <span>{notice.text}</span>
          <button type="button" className="icon-button" onClick={() => dismissNotice(notice.id)}>
            <span aria-hidden="true">×</span>
            <span className="visually-hidden">Dismiss notice</span>
          </button>
        </p>
      ))}
    </div>
  );
}
