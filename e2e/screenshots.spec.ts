/**
 * Screenshots of the lab for the README, written to docs/. Opt-in (they rewrite tracked files):
 * SCREENSHOTS=1 npx playwright test e2e/screenshots.spec.ts
 */
import { writeFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { openLab, shownStep, stepN } from "./helpers";

test.skip(!process.env.SCREENSHOTS, "set SCREENSHOTS=1 to regenerate docs/*.png");
test.use({ trace: "off" });

test("the lab at the defaults, just after Play", async ({ page }) => {
  await openLab(page);
  await page.getByRole("button", { name: "Play" }).click();
  await expect.poll(() => shownStep(page)).toBeGreaterThan(700);
  await page.screenshot({ path: "docs/lab-running.png" });
  await page.getByRole("button", { name: "Pause" }).click();
});

test("after 20,000 steps of self-organisation, with the correlation network", async ({ page }) => {
  test.setTimeout(180_000);
  await openLab(page, "#v=1&seed=42&input=uniform&speed=max");
  await stepN(page, 20_000);
  await page.getByRole("button", { name: "Compute" }).click();
  await expect(page.getByTestId("correlation-info")).toHaveText(/edges with r >/);
  await page.waitForTimeout(4000);
  await page.screenshot({ path: "docs/lab-20000-steps.png" });
  const [d] = await Promise.all([
    page.waitForEvent("download", { timeout: 120_000 }),
    (async () => {
      await page.locator("summary", { hasText: "Export" }).click();
      await page.getByRole("button", { name: "Dashboard PNG" }).click();
    })(),
  ]);
  await d.saveAs("docs/dashboard-export.png");
});

test("a guard-rail: activity died out", async ({ page }) => {
  await openLab(page, "#v=1&seed=1&te_min=3&te_max=3&input=none&panels=raster,population");
  await stepN(page, 300);
  await expect(page.getByText(/Activity died out/)).toBeVisible();
  await page.screenshot({ path: "docs/lab-guardrail.png" });
});

test("a teacher's link: controls hidden, raster enlarged", async ({ page }) => {
  await openLab(page, "#v=1&seed=42&input=sequence&sequence=ABCD&amplitude=1&hide=params,seed,files&window=500&raster_e=0-59&panels=raster,population,weights");
  await page.getByRole("button", { name: "Enlarge Spike raster" }).click();
  await page.getByRole("button", { name: "Play" }).click();
  await expect.poll(() => shownStep(page)).toBeGreaterThan(600);
  await page.getByRole("button", { name: "Pause" }).click();
  await page.screenshot({ path: "docs/lab-teacher-link.png" });
  writeFileSync("docs/lab-teacher-link.txt", new URL(page.url()).hash + "\n");
});
