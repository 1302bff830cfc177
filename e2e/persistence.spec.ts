/**
 * What a run keeps across Load run and a reload: its recent history (the raster, population and
 * rate panels show it; records exported later start before the load point) and every edit made
 * while paused (configuration, panels, raster selection, the address).
 */
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { runFromJson } from "../src/models/sorn/io/run-file";
import { openLab, shownStep, stepN } from "./helpers";

/** Click a menu item and read the file it downloads, as text. */
async function download(page: Page, menu: string, item: string): Promise<string> {
  const [d] = await Promise.all([
    page.waitForEvent("download", { timeout: 60_000 }),
    (async () => {
      await page.locator("summary", { hasText: menu }).click();
      await page.getByRole("button", { name: item }).click();
    })(),
  ]);
  return readFileSync((await d.path())!, "utf8");
}

/** The first column (step) of every data row of a records CSV. */
function csvSteps(csv: string): number[] {
  return csv
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => Number(line.split(",")[0]));
}

/** The panels show steps first to last held (raster, population) and the rates over them. */
async function expectHistory(page: Page, first: number, last: number): Promise<void> {
  await expect(page.getByTestId("rates-info")).toHaveText(new RegExp(`over the last ${last - first + 1} steps: mean E rate 0\\.\\d+`));
  await expect(page.getByTestId("raster-info")).toHaveText(new RegExp(`showing 240 of 240 neurons .*steps ${first}–${last}`));
  await expect(page.getByTestId("population-info")).toHaveText(new RegExp(`steps ${first}–${last}: at step ${last}, \\d+ of 200 E and \\d+ of 40 I active`));
}

test("a loaded run file shows its history in the panels, and records exported later include it", async ({ page }) => {
  await openLab(page, "#v=1&seed=3&input=uniform");
  await stepN(page, 700);
  // The Save menu says how much history a saved run keeps.
  await page.locator("summary", { hasText: "Save" }).click();
  await expect(page.getByText(/Keeps the state and the latest 10,000 steps of spikes and connection counts/)).toBeVisible();
  await page.locator("summary", { hasText: "Save" }).click();
  const saved = await download(page, "Save", "Save run (JSON)");
  expect(runFromJson(saved).records.ExcitatoryActivation?.shape).toEqual([700, 200]);
  await page.getByRole("button", { name: "Reset" }).first().click();
  await expect.poll(() => shownStep(page)).toBe(0);
  await expect(page.getByTestId("rates-info")).toHaveText("no steps yet");

  await page.getByLabel("Run file to load").setInputFiles({ name: "run.json", mimeType: "application/json", buffer: Buffer.from(saved) });
  await expect(page.getByText("Loaded 'run.json' at step 700.")).toBeVisible();
  await expectHistory(page, 1, 700);

  await stepN(page, 10);
  const steps = csvSteps(await download(page, "Export", "Records CSV"));
  expect(steps[0]).toBe(1);
  expect(steps.at(-1)).toBe(710);
  expect(steps).toHaveLength(710);
});

test("a reload shows the kept run's history in the panels", async ({ page }) => {
  await openLab(page, "#v=1&seed=4&input=uniform");
  await stepN(page, 700);
  await expect(page.getByTestId("saved-step")).toHaveText("Kept in this browser at step 700");
  await page.reload();
  await expect.poll(() => page.evaluate(() => (window as any).sornLab?.ready?.())).toBe(true);
  expect(await shownStep(page)).toBe(700);
  await expectHistory(page, 1, 700);
  const steps = csvSteps(await download(page, "Export", "Records CSV"));
  expect([steps[0], steps.length]).toEqual([1, 700]);
});

test("edits made while paused survive a reload at once", async ({ page }) => {
  await openLab(page, "#v=1&seed=6&input=uniform");
  await stepN(page, 50);
  await expect(page.getByTestId("saved-step")).toHaveText("Kept in this browser at step 50");

  const eta = page.getByLabel("eta_stdp");
  await eta.fill("0.009");
  await eta.press("Enter");
  await page.getByRole("switch", { name: "SP", exact: true }).uncheck();
  await page.getByRole("button", { name: "Hide Wee weight distribution" }).click();
  const rasterE = page.getByRole("textbox", { name: "E neurons" });
  await rasterE.fill("0-9");
  await rasterE.press("Enter");
  await expect(page.getByTestId("raster-info")).toHaveText(/showing 50 of 240 neurons/);
  const url = page.url();
  expect(url).toContain("eta_stdp=0.009");
  await page.reload();
  await expect.poll(() => page.evaluate(() => (window as any).sornLab?.ready?.())).toBe(true);

  expect(await shownStep(page)).toBe(50);
  expect(page.url()).toBe(url);
  await expect(page.getByLabel("eta_stdp")).toHaveValue("0.009");
  await expect(page.getByRole("switch", { name: "SP", exact: true })).not.toBeChecked();
  await expect(page.getByRole("heading", { name: "Wee weight distribution" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Spike raster" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "E neurons" })).toHaveValue("0-9");
  await expect(page.getByTestId("raster-info")).toHaveText(/showing 50 of 240 neurons \(10 of 200 E, 40 of 40 I\)/);
  // The worker runs with the edits too, not only the fields.
  const state = runFromJson(await download(page, "Export", "State JSON"));
  expect(state.params.eta_stdp).toBe(0.009);
  expect(state.freeze).toContain("sp");
  expect(state.state.step).toBe(50);
});
