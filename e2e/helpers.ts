/** Shared steps of the lab's end-to-end tests: open the lab, step, read the worker's digest. */
import { expect, type Page } from "@playwright/test";
import type { RunDigest } from "../src/worker/protocol";

/** What `window.sornLab.digest()` returns. */
export type Digest = RunDigest;

/** Open the lab (optionally with a URL fragment) and wait until it can run. */
export async function openLab(page: Page, fragment = ""): Promise<void> {
  page.on("pageerror", (e) => console.log(`[pageerror] ${e.message}`));
  await page.goto(`./${fragment}`);
  await expect(page.getByRole("button", { name: "Play" })).toBeEnabled();
  await expect.poll(() => page.evaluate(() => (window as any).sornLab.ready())).toBe(true);
}

/** The worker's digest of the running network. */
export function digest(page: Page): Promise<Digest> {
  return page.evaluate(() => (window as any).sornLab.digest());
}

/** The step count as the page shows it. */
export async function shownStep(page: Page): Promise<number> {
  return Number((await page.getByTestId("step-count").textContent())!.replace(/,/g, ""));
}

/** Advance n steps with the Step N button and wait until the count shows it. */
export async function stepN(page: Page, n: number): Promise<void> {
  const before = await shownStep(page);
  await page.getByLabel("N", { exact: true }).fill(String(n));
  await page.getByRole("button", { name: "Step N" }).click();
  await expect.poll(() => shownStep(page)).toBe(before + n);
}

/** Open a parameter group (a collapsed <details>) if it is closed. */
export async function openGroup(page: Page, name: string): Promise<void> {
  const summary = page.locator("summary", { hasText: new RegExp(`^${name}$`) });
  const open = await summary.evaluate((s) => (s.parentElement as HTMLDetailsElement).open);
  if (!open) await summary.click();
}
