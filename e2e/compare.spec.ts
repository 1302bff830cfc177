/** Compare mode: run B splits from the current run with one change and steps in lock-step with it. */
import { expect, test, type Page } from "@playwright/test";
import { openLab, stepN } from "./helpers";

/** The largest Hamming distance since the split, as the compare view states it. */
async function largestDistance(page: Page): Promise<number> {
  const text = (await page.getByTestId("hamming-info").textContent()) ?? "";
  const m = /largest since the split: (\d+)/.exec(text);
  return m ? Number(m[1]) : NaN;
}

async function startCompare(page: Page, choose: (form: ReturnType<Page["locator"]>) => Promise<void>): Promise<void> {
  await page.locator("summary", { hasText: /^Compare$/ }).click();
  const form = page.locator(".compare-form");
  await choose(form);
  await page.getByRole("button", { name: "Start comparing" }).click();
  await expect(page.getByRole("heading", { name: /^Compare: B split from A at step/ })).toBeVisible();
}

test("a copy of the run (no change) keeps the Hamming distance at 0; STDP frozen in B makes it grow", async ({ page }) => {
  test.setTimeout(120_000);
  await openLab(page, "#v=1&seed=42&speed=max");
  await stepN(page, 500);
  await startCompare(page, (f) => f.getByLabel("nothing (a copy)").check());
  await expect(page.getByRole("figure", { name: "A (this run): spike raster" })).toBeVisible();
  await expect(page.getByRole("figure", { name: "B: spike raster" })).toBeVisible();
  await expect(page.getByRole("figure", { name: "B: Wee weight distribution" })).toBeVisible();
  await stepN(page, 2000);
  await expect(page.getByTestId("hamming-info")).toHaveText(/at step 2500: 0 E neurons differ \(largest since the split: 0\)/);
  // The result chart is plotly's, with its download buttons.
  await expect(page.locator(".compare-chart .main-svg").first()).toBeVisible();
  await expect(page.locator(".compare-chart").getByRole("button", { name: "Download plot as SVG" })).toHaveCount(1);

  await page.getByRole("button", { name: "Stop comparing" }).click();
  await expect(page.getByRole("heading", { name: /^Compare:/ })).toHaveCount(0);
  await startCompare(page, async (f) => {
    await f.getByLabel("a rule switched").check();
    await f.getByLabel("Rule switched in B").selectOption("stdp");
  });
  await expect(page.getByRole("heading", { name: /stdp off in B/ })).toBeVisible();
  await stepN(page, 3000);
  await expect.poll(() => largestDistance(page)).toBeGreaterThan(0);
});

test("a change B cannot take is refused with a clear message, and nothing starts", async ({ page }) => {
  await openLab(page);
  await stepN(page, 10);
  await page.locator("summary", { hasText: /^Compare$/ }).click();
  const form = page.locator(".compare-form");
  await form.getByLabel("a parameter").check();
  await form.getByLabel("Parameter set in B").selectOption("eta_stdp");
  await form.getByLabel("Its value in B").fill("7");
  await page.getByRole("button", { name: "Start comparing" }).click();
  await expect(page.getByText(/Compare refused: eta_stdp: must be ≤ 1, got 7/)).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Compare:/ })).toHaveCount(0);
});
