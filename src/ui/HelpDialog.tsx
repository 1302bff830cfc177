/** The `?` dialog: the keyboard shortcuts, read from the declared commands. */
import { useModal } from "./useModal";
import { SHORTCUT_ACTIONS } from "./actions";
import { useLab, useLabApi } from "./context";

/** A modal list of shortcuts; Escape or Close dismisses it. */
export function HelpDialog() {
  const { store } = useLabApi();
  const open = useLab((s) => s.helpOpen);
  const ref = useModal(open);
  return (
    <dialog ref={ref} aria-labelledby="help-h" onClose={() => store.setState({ helpOpen: false })}>
      <h2 id="help-h">Keyboard shortcuts</h2>
      <table>
        <tbody>
          {SHORTCUT_ACTIONS.map((a) => (
            <tr key={a.id}>
              <td>
                <kbd>{a.shortcut?.display}</kbd>
              </td>
              <td>
                {a.label}: {a.description}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="desc">Shortcuts are off while you type in a field.</p>
      <button type="button" onClick={() => store.setState({ helpOpen: false })}>
        Close
      </button>
    </dialog>
  );
}
