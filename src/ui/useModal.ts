/** Shows a `<dialog>` as a modal while `open` is true and closes it when it turns false. */
import { useEffect, useRef, type RefObject } from "react";

/** A ref for a `<dialog>` kept modal-open exactly while `open` holds. */
export function useModal(open: boolean): RefObject<HTMLDialogElement | null> {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return ref;
}
