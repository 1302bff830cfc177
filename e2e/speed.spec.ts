/**
 * Issue 11, bug 1: every change of speed, in every order, keeps the display live. The shown step
 * count must keep advancing second after second (a frozen display shows the same number while the
 * worker runs on, then jumps).
 */
import { expect, test, type Page } from "@playwright/test";
import { openLab, shownStep } from "./helpers";

test.use({ trace: "off" });

const speedSelect = (page: Page) => page.getByRole("combobox", { name: "Speed" });

/** The shown count advances in each of `checks` windows of `ms` (never stands still while playing). */
async function keepsAdvancing(page: Page, checks: number, ms = 1000): Promise<void> {
  let last = await shownStep(page);
  for (let i = 0; i < checks; i++) {
    await page.waitForTimeout(ms);
    const now = await shownStep(page);
    expect(now, `the shown step count stood still at ${now} in second ${i + 1} after the change`).toBeGreaterThan(last);
    last = now;
  }
}

/** Pause; the count the page then shows is the worker's step (no jump hidden behind a frozen display). */
async function pauseAndCompare(page: Page): Promise<void> {
  const before = await shownStep(page);
  await page.getByRole("button", { name: "Pause" }).click();
  await expect(page.getByRole("button", { name: "Play" })).toBeVisible();
  const t = (await page.evaluate(() => (window as any).sornLab.digest())).t as number;
  await expect.poll(() => shownStep(page)).toBe(t);
  // A live display was at most about one slice behind; a frozen one falls behind by many thousands.
  expect(t - before).toBeLessThan(20_000);
}

test("5,000 steps/s, then as fast as possible: the step count keeps advancing", async ({ page }) => {
  await openLab(page, "#v=1&seed=3&input=uniform&speed=5000");
  await page.getByRole("button", { name: "Play" }).click();
  await expect.poll(() => shownStep(page)).toBeGreaterThan(5000);
  await page.waitForTimeout(2000);
  await speedSelect(page).selectOption("max");
  await keepsAdvancing(page, 5);
  await pauseAndCompare(page);
});

test("as fast as possible → 200 steps/s → as fast as possible, and 10 steps/s → as fast as possible", async ({ page }) => {
  await openLab(page, "#v=1&seed=3&input=uniform&speed=max");
  await page.getByRole("button", { name: "Play" }).click();
  await keepsAdvancing(page, 2);
  await speedSelect(page).selectOption("200");
  await keepsAdvancing(page, 3);
  await speedSelect(page).selectOption("max");
  await keepsAdvancing(page, 4);
  await speedSelect(page).selectOption("10");
  await keepsAdvancing(page, 3);
  await speedSelect(page).selectOption("max");
  await keepsAdvancing(page, 4);
  await pauseAndCompare(page);
});
