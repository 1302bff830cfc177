/**
 * Inspecting the plots: hover tooltips (raster, histograms, line plots), wheel zoom and
 * double-click reset of the time axis, following a neuron clicked in the raster, and the time
 * slider that scrubs back through the recent history while paused.
 */
import { expect, test, type Locator, type Page } from "@playwright/test";
import { openLab, stepN } from "./helpers";

const rasterCanvas = (page: Page) => page.getByRole("img", { name: /^Spike raster/ });
const populationCanvas = (page: Page) => page.getByRole("img", { name: /^Population activity/ });

/** The time range a plot says it shows in its accessible name ("… steps 801 to 1000 …"). */
async function shownRange(canvas: Locator): Promise<[number, number]> {
  const label = (await canvas.getAttribute("aria-label")) ?? "";
  const m = /steps (-?\d+) to (-?\d+)/.exec(label);
  if (!m) throw new Error(`no time range in "${label}"`);
  return [Number(m[1]), Number(m[2])];
}

/** A point inside a canvas's plot area: fx, fy are fractions of the canvas box. */
async function at(canvas: Locator, fx: number, fy: number): Promise<{ x: number; y: number }> {
  const b = (await canvas.boundingBox())!;
  return { x: b.x + b.width * fx, y: b.y + b.height * fy };
}

test("hovering the raster shows a tooltip naming the neuron and the step", async ({ page }) => {
  await openLab(page);
  await stepN(page, 300);
  const p = await at(rasterCanvas(page), 0.8, 0.3);
  await page.mouse.move(p.x, p.y);
  const tip = page.getByRole("tooltip");
  await expect(tip).toBeVisible();
  await expect(tip).toHaveText(/^E neuron \d+ · step \d+/);
  // Lower down, among the I rows.
  const q = await at(rasterCanvas(page), 0.8, 0.78);
  await page.mouse.move(q.x, q.y);
  await expect(tip).toHaveText(/^I neuron \d+ \(index \d+\) · step \d+/);
  await page.mouse.move(2, 2);
  await expect(tip).toBeHidden();
});

test("hovering a histogram bin names its range and its count", async ({ page }) => {
  await openLab(page);
  await stepN(page, 300);
  const rates = page.getByRole("img", { name: /^Histogram of firing rates/ });
  const b = (await rates.boundingBox())!;
  // The first bin starts at the plot area's left edge (52 px margin).
  await page.mouse.move(b.x + 56, b.y + b.height / 2);
  const tip = page.getByRole("tooltip");
  await expect(tip).toHaveText(/^firing rate 0–0\.\d+ spikes\/step: \d+ E neurons?, \d+ I neurons?$/);
  const weights = page.getByRole("img", { name: /^Histogram of E to E weights/ });
  const w = (await weights.boundingBox())!;
  await page.mouse.move(w.x + w.width * 0.6, w.y + w.height / 2);
  await expect(tip).toHaveText(/^weight 0\.\d+–0\.\d+: \d+ synapses?/);
});

test("hovering the population plot names the step and both values", async ({ page }) => {
  await openLab(page);
  await stepN(page, 300);
  const p = await at(populationCanvas(page), 0.85, 0.5);
  await page.mouse.move(p.x, p.y);
  await expect(page.getByRole("tooltip")).toHaveText(/^step \d+: E 0\.\d+ \(\d+ of 200\), I 0\.\d+ \(\d+ of 40\)$/);
});

test("the wheel zooms the raster's time axis, dragging pans it, a double-click resets it", async ({ page }) => {
  await openLab(page);
  await stepN(page, 600);
  const raster = rasterCanvas(page);
  // The raster draws the last frame a moment after the step counter shows 600 (frames come at a bounded rate).
  await expect.poll(async () => (await shownRange(raster))[1]).toBe(600);
  const full = await shownRange(raster);
  expect(full[1] - full[0] + 1).toBe(1000);
  const p = await at(raster, 0.5, 0.5);
  await page.mouse.move(p.x, p.y);
  await page.mouse.wheel(0, -400);
  await expect.poll(async () => (await shownRange(raster))[1] - (await shownRange(raster))[0]).toBeLessThan(900);
  const [z0, z1] = await shownRange(raster);
  expect(z1).toBe(600);
  // The population plot shares the raster's time axis.
  expect(await shownRange(populationCanvas(page))).toEqual([z0, z1]);
  // Drag to the right: back in time.
  await page.mouse.down();
  await page.mouse.move(p.x + 120, p.y, { steps: 4 });
  await page.mouse.up();
  await expect.poll(async () => (await shownRange(raster))[1]).toBeLessThan(600);
  await page.mouse.dblclick(p.x, p.y);
  await expect.poll(() => shownRange(raster)).toEqual(full);
});

test("clicking a neuron in the raster follows it: its rate and threshold over time", async ({ page }) => {
  await openLab(page);
  await stepN(page, 100);
  const p = await at(rasterCanvas(page), 0.5, 0.2);
  await page.mouse.move(p.x, p.y);
  await expect(page.getByRole("tooltip")).toHaveText(/^E neuron \d+/);
  const name = /^(E neuron \d+)/.exec((await page.getByRole("tooltip").textContent()) ?? "")![1];
  await page.mouse.click(p.x, p.y);
  const view = page.getByRole("region", { name: `Followed: ${name}` });
  await expect(view).toBeVisible();
  await stepN(page, 200);
  await expect(view.getByTestId("followed-info")).toHaveText(/rate over the last 100 steps 0\.\d+ spikes\/step; threshold Te 0\.\d+/);
  await expect(view.getByRole("img", { name: /firing rate and threshold/ })).toBeVisible();
  await view.getByRole("button", { name: "Stop following" }).click();
  await expect(view).toBeHidden();
});

test("the time slider scrubs back through the recent history while paused", async ({ page }) => {
  await openLab(page);
  await stepN(page, 1500);
  const slider = page.getByRole("slider", { name: "View ends at step" });
  await expect(slider).toBeEnabled();
  await slider.fill("700");
  await expect.poll(async () => (await shownRange(rasterCanvas(page)))[1]).toBe(700);
  const range = await shownRange(rasterCanvas(page));
  expect(range[1] - range[0] + 1).toBe(1000);
  expect(await shownRange(populationCanvas(page))).toEqual(range);
  await page.getByRole("button", { name: "Play" }).click();
  await expect(slider).toBeDisabled();
  // Playing follows the newest steps again.
  await expect.poll(async () => (await shownRange(rasterCanvas(page)))[1]).toBeGreaterThan(1500);
  await page.getByRole("button", { name: "Pause" }).click();
});
