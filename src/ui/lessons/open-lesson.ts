/** Opening a lesson from the page: a fresh page at `?lesson=ID` (its starting configuration, at the step reached). */
import type { AppShell } from "../../state/shell";
import { lessonAddress } from "./boot";

/** Go to lesson `id` afresh; this tab's kept run is not restored in its place. */
export function goToLesson(shell: AppShell, id: string): void {
  shell.tabRun.clear();
  location.assign(lessonAddress(shell.href(), id));
}
