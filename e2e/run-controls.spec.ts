import { expect, test } from "@playwright/test";
import { digest, openLab, shownStep, stepN } from "./helpers";

const raster = (page: import("@playwright/test").Page) => page.locator(".panel-raster canvas").screenshot();

test("Play, Pause, Step, Step N and Reset change the step count and the raster", async ({ page }) => {
  await openLab(page);
  expect(await shownStep(page)).toBe(0);
  const empty = await raster(page);

  await page.getByRole("button", { name: "Step", exact: true }).click();
  await expect.poll(() => shownStep(page)).toBe(1);
  await stepN(page, 100);
  const afterSteps = await raster(page);
  expect(afterSteps.equals(empty)).toBe(false);
  expect((await digest(page)).t).toBe(101);

  await page.getByRole("button", { name: "Play" }).click();
  await expect(page.getByRole("button", { name: "Pause" })).toBeVisible();
  await expect.poll(() => shownStep(page)).toBeGreaterThan(160);
  await page.getByRole("button", { name: "Pause" }).click();
  await expect(page.getByRole("button", { name: "Play" })).toBeVisible();
  const paused = await shownStep(page);
  await page.waitForTimeout(400);
  expect(await shownStep(page)).toBe(paused);
  expect((await digest(page)).t).toBe(paused);
  expect((await raster(page)).equals(afterSteps)).toBe(false);

  await page.getByRole("button", { name: "Reset" }).first().click();
  await expect.poll(() => shownStep(page)).toBe(0);
  await expect.poll(async () => (await raster(page)).equals(empty)).toBe(true);
  expect((await digest(page)).t).toBe(0);
});

test("keyboard: space plays and pauses, '.' steps, 'r' resets, '?' lists the shortcuts", async ({ page }) => {
  await openLab(page);
  await page.locator("body").click({ position: { x: 5, y: 990 } });
  await page.keyboard.press(".");
  await expect.poll(() => shownStep(page)).toBe(1);
  await page.keyboard.press(" ");
  await expect(page.getByRole("button", { name: "Pause" })).toBeVisible();
  await expect.poll(() => shownStep(page)).toBeGreaterThan(20);
  await page.keyboard.press(" ");
  await expect(page.getByRole("button", { name: "Play" })).toBeVisible();
  await page.keyboard.press("r");
  await expect.poll(() => shownStep(page)).toBe(0);
  await page.keyboard.press("?");
  const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(dialog).toBeVisible();
  for (const key of ["Space", ".", "R", "?"]) await expect(dialog.locator("kbd", { hasText: key }).first()).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  // Typing in a field never triggers a command.
  await page.getByLabel("eta_stdp").fill("0.004 r");
  expect(await shownStep(page)).toBe(0);
});

test("turning STDP (with the other Wee rules, SP and SS) off stops Wee from changing while the run goes on", async ({ page }) => {
  await openLab(page);
  await stepN(page, 50);
  const before = await digest(page);
  await stepN(page, 50);
  const withStdp = await digest(page);
  expect(withStdp.weeHash).not.toBe(before.weeHash);

  for (const rule of ["STDP", "SP", "SS"]) {
    await page.getByRole("switch", { name: rule, exact: true }).uncheck();
    await expect(page.getByRole("switch", { name: rule, exact: true })).not.toBeChecked();
  }
  const frozen = await digest(page);
  await page.getByRole("button", { name: "Play" }).click();
  await expect.poll(() => shownStep(page)).toBeGreaterThan(frozen.t + 300);
  await page.getByRole("button", { name: "Pause" }).click();
  const after = await digest(page);
  expect(after.t).toBeGreaterThan(frozen.t + 300);
  expect(after.spikeHash).not.toBe(frozen.spikeHash);
  expect(after.weeHash).toBe(frozen.weeHash);
  expect(after.weeCount).toBe(frozen.weeCount);

  await page.getByRole("switch", { name: "STDP", exact: true }).check();
  await stepN(page, 50);
  expect((await digest(page)).weeHash).not.toBe(after.weeHash);
});

test("panels can be hidden, shown again from the Panels menu, and enlarged", async ({ page }) => {
  await openLab(page);
  const weights = page.getByRole("region", { name: "Wee weight distribution" });
  await expect(weights).toBeVisible();
  await page.getByRole("button", { name: "Hide Wee weight distribution" }).click();
  await expect(weights).toHaveCount(0);
  expect(page.url()).toContain("panels=raster,population,rates,connections,correlation");
  await page.locator("summary", { hasText: "Panels" }).click();
  await page.getByRole("checkbox", { name: "Wee weight distribution" }).check();
  await expect(weights).toBeVisible();
  const before = (await weights.boundingBox())!.width;
  await page.getByRole("button", { name: "Enlarge Wee weight distribution" }).click();
  await expect(page.getByRole("button", { name: "Shrink Wee weight distribution" })).toHaveAttribute("aria-pressed", "true");
  await expect.poll(async () => (await weights.boundingBox())!.width).toBeGreaterThan(before * 1.5);
});

test("guard-rails: a visible warning when activity dies out or saturates", async ({ page }) => {
  await openLab(page, "#v=1&seed=1&te_min=3&te_max=3&input=none");
  await stepN(page, 150);
  await expect(page.getByRole("alert").filter({ hasText: "Activity died out" })).toBeVisible();
  await page.goto("./#v=1&seed=1&te_min=-1&te_max=-1&eta_ip=0&input=none");
  await expect(page.getByRole("button", { name: "Play" })).toBeEnabled();
  await stepN(page, 150);
  await expect(page.getByRole("alert").filter({ hasText: "Activity saturates" })).toBeVisible();
});
