/**
 * The colour theme: light, dark, or the system's (`prefers-color-scheme`, the default), kept in
 * this browser (localStorage) across reloads. The resolved theme is the page's
 * `<html data-theme>` (styles.css) and the canvas plots' palette (`plots/theme.ts`); exported
 * figures stay light whatever the theme.
 */
import { useLayoutEffect } from "react";
import { setPlotTheme, type ThemeName } from "../plots/theme";
import type { ThemeChoice } from "../state/store";
import { useLab, useLabApi } from "./context";

const KEY = "sorn-lab-theme";
const CHOICES: readonly ThemeChoice[] = ["system", "light", "dark"];
const LABELS: Record<ThemeChoice, string> = { system: "System", light: "Light", dark: "Dark" };
const DARK_QUERY = "(prefers-color-scheme: dark)";

/** The choice kept in this browser ("system" when none, or storage is off). */
function storedChoice(): ThemeChoice {
  try {
    const v = localStorage.getItem(KEY);
    return CHOICES.includes(v as ThemeChoice) ? (v as ThemeChoice) : "system";
  } catch {
    return "system";
  }
}

/** The theme a choice means now. */
function resolve(choice: ThemeChoice): ThemeName {
  if (choice !== "system") return choice;
  return window.matchMedia?.(DARK_QUERY).matches ? "dark" : "light";
}

function apply(name: ThemeName): void {
  document.documentElement.dataset.theme = name;
  setPlotTheme(name);
}

/** The theme select (in the top bar). */
export function ThemeToggle() {
  const { store } = useLabApi();
  const choice = useLab((s) => s.theme);
  // Before the first paint: the kept choice, then its theme (and the system's changes while "system").
  useLayoutEffect(() => store.setState({ theme: storedChoice() }), [store]);
  useLayoutEffect(() => {
    apply(resolve(choice));
    if (choice !== "system" || !window.matchMedia) return;
    const mq = window.matchMedia(DARK_QUERY);
    const follow = () => apply(resolve("system"));
    mq.addEventListener("change", follow);
    return () => mq.removeEventListener("change", follow);
  }, [choice]);
  const choose = (v: ThemeChoice) => {
    store.setState({ theme: v });
    try {
      localStorage.setItem(KEY, v);
    } catch {
      // Storage is off: the choice lasts until the page is closed.
    }
  };
  return (
    <label className="theme-toggle">
      Theme{" "}
      <select value={choice} onChange={(e) => choose(e.target.value as ThemeChoice)}>
        {CHOICES.map((c) => (
          <option key={c} value={c}>
            {LABELS[c]}
          </option>
        ))}
      </select>
    </label>
  );
}
