/** A button for one declared command: its label is the accessible name, the shortcut its hint. */
import type { ButtonHTMLAttributes } from "react";
import type { Action } from "./actions";
import { useLabApi } from "./context";

interface Props extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, "onClick"> {
  action: Action;
}

/** Renders `action.label` (or `children`, then give an aria-label); clicking performs the action. */
export function ActionButton({ action, className, children, ...rest }: Props) {
  const { actions } = useLabApi();
  const hint = action.shortcut ? `${action.description} (${action.shortcut.display})` : action.description;
  return (
    <button
      type="button"
      className={className}
      title={hint}
      aria-keyshortcuts={action.shortcut ? (action.shortcut.key === " " ? "Space" : action.shortcut.key) : undefined}
      onClick={() => void action.perform(actions)}
      {...rest}
    >
      {children ?? action.label}
    </button>
  );
}
