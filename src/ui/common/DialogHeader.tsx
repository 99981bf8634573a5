/** A dialog's heading with its close button (×), as every dialog of the app shows it. */

/** The header titled `title`; its id `titleId` is what the dialog is labelled by. */
export function DialogHeader(props: { titleId: string; title: string; onClose: () => void }) {
  return (
    <div className="dialog-header">
      <h2 id={props.titleId}>{props.title}</h2>
      <button type="button" className="icon-button" onClick={props.onClose}>
        <span aria-hidden="true">×</span>
        <span className="visually-hidden">Close</span>
      </button>
    </div>
  );
}
