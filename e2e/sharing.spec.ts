import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { digest, openLab, shownStep, stepN } from "./helpers";

test("a shared URL opened in a new page gives the same spikes after the same number of steps", async ({ page, context }) => {
  await openLab(page);
  await page.getByLabel("seed", { exact: true }).fill("1234");
  await page.getByLabel("seed", { exact: true }).press("Enter");
  await page.getByLabel("eta_ip").fill("0.02");
  await page.getByLabel("eta_ip").press("Enter");
  await page.getByRole("switch", { name: "SP", exact: true }).uncheck();
  await page.getByRole("radio", { name: "Symbol sequence" }).check();
  await page.getByLabel("sequence", { exact: true }).fill("ABCD");
  await page.getByRole("button", { name: "Apply" }).click();
  await page.getByRole("button", { name: "Reset" }).first().click();
  await expect.poll(() => page.evaluate(() => (window as any).sornLab.config().seed)).toBe(1234);
  await stepN(page, 300);
  const here = await digest(page);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.getByRole("button", { name: "Share link" }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain("seed=1234");
  expect(link).toContain("eta_ip=0.02");
  expect(link).toContain("off=sp");
  expect(link).toContain("input=sequence&sequence=ABCD");

  const other = await context.newPage();
  await openLab(other, new URL(link).hash);
  expect(await shownStep(other)).toBe(0);
  await stepN(other, 300);
  const there = await digest(other);
  expect(there.spikeHash).toBe(here.spikeHash);
  expect(there.weeHash).toBe(here.weeHash);
  expect(there.spikeCount).toBe(here.spikeCount);
  // A different seed gives different spikes (the comparison can fail).
  await other.getByLabel("seed", { exact: true }).fill("1235");
  await other.getByLabel("seed", { exact: true }).press("Enter");
  await other.getByRole("button", { name: "Reset" }).first().click();
  await expect.poll(() => shownStep(other)).toBe(0);
  await stepN(other, 300);
  expect((await digest(other)).spikeHash).not.toBe(here.spikeHash);
});

test("reload restores the run", async ({ page }) => {
  await openLab(page, "#v=1&seed=5&input=uniform");
  await stepN(page, 150);
  await expect(page.getByTestId("saved-step")).toHaveText("Kept in this browser at step 150");
  const before = await digest(page);
  await page.reload();
  await expect.poll(() => page.evaluate(() => (window as any).sornLab?.ready?.())).toBe(true);
  expect(await shownStep(page)).toBe(150);
  await expect(page.getByText("Restored your last run at step 150.")).toBeVisible();
  const after = await digest(page);
  expect(after.weeHash).toBe(before.weeHash);
  expect(after.t).toBe(150);
  // It continues exactly as it would have: compare with a fresh page stepping 200 in one go.
  await stepN(page, 50);
  const continued = await digest(page);
  const fresh = await page.context().newPage();
  await openLab(fresh, "#v=1&seed=5&input=uniform");
  await stepN(fresh, 200);
  expect((await digest(fresh)).weeHash).toBe(continued.weeHash);
});

test("a corrupt or foreign file leaves the run intact with an error shown; a saved run loads back", async ({ page }) => {
  await openLab(page);
  await stepN(page, 80);
  const before = await digest(page);
  const load = page.getByLabel("Run file to load");
  const cases = [
    { name: "garbage.json", buffer: Buffer.from("{ this is not json") },
    { name: "foreign.json", buffer: Buffer.from(JSON.stringify({ hello: "world" })) },
    { name: "truncated.npz", buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]) },
  ];
  for (const c of cases) {
    await load.setInputFiles({ name: c.name, mimeType: "application/octet-stream", buffer: c.buffer });
    await expect(page.getByRole("alert").filter({ hasText: `Could not load '${c.name}'` })).toBeVisible();
    expect(await digest(page)).toEqual(before);
    expect(await shownStep(page)).toBe(80);
  }
  await stepN(page, 1);

  const [d] = await Promise.all([
    page.waitForEvent("download"),
    (async () => {
      await page.locator("summary", { hasText: "Save" }).click();
      await page.getByRole("button", { name: "Save run (JSON)" }).click();
    })(),
  ]);
  const saved = readFileSync((await d.path())!);
  const atSave = await digest(page);
  await stepN(page, 40);
  await load.setInputFiles({ name: "my-run.json", mimeType: "application/json", buffer: saved });
  await expect(page.getByText("Loaded 'my-run.json' at step 81.")).toBeVisible();
  await expect.poll(() => shownStep(page)).toBe(81);
  expect((await digest(page)).weeHash).toBe(atSave.weeHash);
});

test("a lesson link hides the controls a teacher chose, and they can be shown again", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openLab(page);
  await page.locator("summary", { hasText: "Lesson link" }).click();
  await page.getByRole("checkbox", { name: "Parameters" }).check();
  await page.getByRole("checkbox", { name: "Save, load and export" }).check();
  await page.getByRole("button", { name: "Copy lesson link" }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain("hide=params,files");

  const pupil = await context.newPage();
  await openLab(pupil, new URL(link).hash);
  await expect(pupil.getByRole("heading", { name: "Plasticity" })).toBeVisible();
  await expect(pupil.getByLabel("eta_stdp")).toHaveCount(0);
  await expect(pupil.getByRole("button", { name: "Load run" })).toHaveCount(0);
  await expect(pupil.getByRole("switch", { name: "STDP", exact: true })).toBeVisible();
  await pupil.locator("summary", { hasText: "Lesson link" }).click();
  await pupil.getByRole("button", { name: "Show hidden controls here" }).click();
  await expect(pupil.getByLabel("eta_stdp")).toBeVisible();
  await expect(pupil.getByRole("button", { name: "Load run" })).toBeVisible();
});
