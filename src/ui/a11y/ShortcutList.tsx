/** Every shortcut, by group: the body of the shortcuts dialog, loaded when it first opens. */
import { SHORTCUT_GROUPS } from "./shortcuts";

export default function ShortcutList() {
  return (
    <>
      {SHORTCUT_GROUPS.map((group, i) => (
        <section key={group.title} aria-labelledby={`shortcuts-group-${i}`}>
          <h3 id={`shortcuts-group-${i}`}>{group.title}</h3>
          <dl className="shortcut-list">
            {group.shortcuts.map((shortcut) => (
              <div key={shortcut.action}>
                <dt>
                  <span aria-hidden={shortcut.spoken ? true : undefined}>
                    {shortcut.keys.map((key) => (
                      <kbd key={key}>{key}</kbd>
                    ))}
                  </span>
                  {shortcut.spoken && <span className="visually-hidden">{shortcut.spoken}</span>}
                </dt>
                <dd>{shortcut.action}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </>
  );
}
