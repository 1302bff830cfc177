/**
 * Issue 11, bug 4: long work shows progress and can be stopped, and a network the lab cannot
 * hold is refused up front with its estimated memory.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { digest, openGroup, openLab, shownStep, stepN } from "./helpers";

test.use({ trace: "off" });

const progress = (page: Page) => page.getByRole("progressbar", { name: /^Stepping/ });

/** Start a Step N of 1,000,000 and wait until its progress shows some thousands done. */
async function startMillion(page: Page): Promise<number> {
  const from = await shownStep(page);
  await page.getByLabel("N", { exact: true }).fill("1000000");
  await page.getByRole("button", { name: "Step N" }).click();
  await expect(progress(page)).toBeVisible();
  await expect(page.getByText(/^Stepping [\d,]+ \/ 1,000,000$/)).toBeVisible();
  await expect(progress(page)).toHaveAttribute("aria-valuemax", "1000000");
  await expect.poll(async () => Number(await progress(page).getAttribute("aria-valuenow"))).toBeGreaterThan(2000);
  // While it steps the run is going: the button offers Pause, not Play.
  await expect(page.getByRole("button", { name: "Pause" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Play" })).toHaveCount(0);
  return from;
}

/** The Step N has stopped: no progress, Play offered, the count where the worker stopped, and it stays. */
async function stoppedAt(page: Page, from: number): Promise<number> {
  await expect(progress(page)).toBeHidden();
  await expect(page.getByRole("button", { name: "Play" })).toBeVisible();
  const t = (await digest(page)).t;
  expect(t).toBeGreaterThan(from + 2000);
  expect(t).toBeLessThan(from + 1_000_000);
  await expect.poll(() => shownStep(page)).toBe(t);
  await page.waitForTimeout(500);
  expect((await digest(page)).t).toBe(t);
  expect(await shownStep(page)).toBe(t);
  return t;
}

test("Step N = 1,000,000 shows its progress, and Space, Pause and Stop each stop it at the step reached", async ({ page }) => {
  test.setTimeout(120_000);
  await openLab(page, "#v=1&seed=3&input=uniform");

  let from = await startMillion(page);
  // The progress is accessible: axe finds nothing in the run controls while it shows.
  const axe = await new AxeBuilder({ page }).include(".transport").analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await page.locator("body").click({ position: { x: 5, y: 990 } }); // keyboard focus off the buttons
  await page.keyboard.press(" ");
  from = await stoppedAt(page, from);

  await startMillion(page);
  await page.getByRole("button", { name: "Pause" }).click();
  from = await stoppedAt(page, from);

  await startMillion(page);
  await page.getByRole("button", { name: "Stop stepping" }).click();
  from = await stoppedAt(page, from);

  // The run goes on from there, exactly.
  await stepN(page, 10);
  expect((await digest(page)).t).toBe(from + 10);
});

test("a Reset with ne = 100,000 is refused at once with its estimated memory, and the current run is untouched", async ({ page }) => {
  await openLab(page, "#v=1&seed=3&input=uniform");
  await stepN(page, 50);
  const before = await digest(page);
  await openGroup(page, "Network");
  const ne = page.getByLabel("ne", { exact: true });
  await ne.fill("100000");
  await ne.press("Enter");
  // At the field, at once: the estimate and the limit.
  const estimate = /ne = 100,000 \(E→I Dense\) needs about \d+ GiB of memory \(.*\); the lab's limit is 1 GiB\. ne up to [\d,]+ fits with these settings/;
  await expect(page.locator(".param", { has: ne }).getByText(estimate)).toBeVisible({ timeout: 2000 });
  await page.getByRole("button", { name: "Reset" }).first().click();
  await expect(page.getByRole("alert").filter({ hasText: /Reset refused: ne = 100,000 .*the lab's limit is 1 GiB.*The current run is unchanged\./ })).toBeVisible({ timeout: 2000 });
  expect(await digest(page)).toEqual(before);
  expect(await shownStep(page)).toBe(before.t);
  // The run still steps.
  await stepN(page, 5);
  expect((await digest(page)).t).toBe(before.t + 5);
});

test("a big network that fits shows 'Building the network…' while it is built", async ({ page }) => {
  test.setTimeout(120_000);
  await openLab(page, "#v=1&seed=3&input=uniform");
  await openGroup(page, "Network");
  const ne = page.getByLabel("ne", { exact: true });
  await ne.fill("5000");
  await ne.press("Enter");
  await page.getByRole("button", { name: "Reset" }).first().click();
  const building = page.getByRole("progressbar", { name: "Building the network…" });
  await expect(building).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Building the network…" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Step N" })).toBeDisabled();
  await expect(building).toBeHidden({ timeout: 60_000 });
  await expect(page.getByRole("button", { name: "Step N" })).toBeEnabled();
  const d = await digest(page);
  expect(d.t).toBe(0);
  expect(d.weeCount).toBeGreaterThan(5000 * 15);
});
