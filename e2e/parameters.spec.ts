import { expect, test } from "@playwright/test";
import { digest, openGroup, openLab, shownStep, stepN } from "./helpers";

test("a bad parameter is refused at the field with a message and the run goes on", async ({ page }) => {
  await openLab(page);
  await stepN(page, 20);
  const field = page.getByLabel("eta_stdp");
  await field.fill("5");
  await field.press("Enter");
  await expect(page.getByRole("alert").filter({ hasText: "must be ≤ 1, got 5" })).toBeVisible();
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await field.fill("abc");
  await field.press("Enter");
  await expect(page.getByRole("alert").filter({ hasText: "must be a finite number, got 'abc'" })).toBeVisible();
  // The run is untouched and still steps with the old value.
  expect((await page.evaluate(() => (window as any).sornLab.config())).params.eta_stdp).toBe(0.004);
  await stepN(page, 30);
  expect((await digest(page)).t).toBe(50);
  // A good value clears the message and applies without a reset.
  await field.fill("0.005");
  await field.press("Enter");
  await expect(field).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("alert").filter({ hasText: "finite number" })).toHaveCount(0);
  expect((await page.evaluate(() => (window as any).sornLab.config())).params.eta_stdp).toBe(0.005);
  expect(page.url()).toContain("eta_stdp=0.005");
  expect(await shownStep(page)).toBe(50);
});

test("an inconsistent pair is refused naming the parameter; structural edits say they need a reset", async ({ page }) => {
  await openLab(page);
  await openGroup(page, "Thresholds");
  const teMin = page.getByLabel("te_min");
  await teMin.fill("2");
  await teMin.press("Enter");
  await expect(page.getByRole("alert").filter({ hasText: "must be ≤ te_max (1), got 2" })).toBeVisible();

  await openGroup(page, "Network");
  const ne = page.getByLabel("ne", { exact: true });
  await ne.fill("300");
  await ne.press("Enter");
  await expect(page.locator(".param", { has: ne }).getByText("needs reset")).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Needs reset: ne" })).toBeVisible();
  await stepN(page, 5);
  await expect(page.getByRole("heading", { name: /200 E neurons/ })).toBeVisible();
  await page.getByRole("button", { name: "Reset" }).first().click();
  await expect(page.getByRole("heading", { name: /300 E neurons/ })).toBeVisible();
  await expect(page.getByText("needs reset")).toHaveCount(0);
  await expect(page.getByTestId("raster-info")).toHaveText(/showing 360 of 360 neurons/);
  await stepN(page, 10);
  expect((await digest(page)).t).toBe(10);
});

test("the seed field and the choice selects use the codec's schema and wording", async ({ page }) => {
  await openLab(page);
  const seed = page.getByLabel("seed", { exact: true });
  await seed.fill("4294967296");
  await seed.press("Enter");
  await expect(page.getByRole("alert").filter({ hasText: "must be an integer in [0, 4294967295], got '4294967296'" })).toBeVisible();
  await seed.fill("4294967295");
  await seed.press("Enter");
  await expect(page.getByRole("alert").filter({ hasText: "must be an integer in" })).toHaveCount(0);
  expect((await page.evaluate(() => (window as any).sornLab.config())).seed).toBe(4294967295);

  await openGroup(page, "Connectivity");
  const type = page.getByRole("combobox", { name: "network_type_ie" });
  await expect(type.getByRole("option")).toHaveText(["Sparse", "Dense"]);
  await type.selectOption("Sparse");
  await expect(page.locator(".param", { has: type }).getByText("needs reset")).toBeVisible();
});

test("inputs: a symbol sequence and a file apply from the next step; a file that does not fit is refused", async ({ page }) => {
  await openLab(page);
  await page.getByRole("radio", { name: "Symbol sequence" }).check();
  await page.getByLabel("sequence", { exact: true }).fill("ABCDE");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect.poll(() => page.evaluate(() => (window as any).sornLab.config().input)).toEqual({ kind: "sequence", sequence: "ABCDE", amplitude: 1 });
  await stepN(page, 10);

  await page.getByRole("radio", { name: "File" }).check();
  const rows = Array.from({ length: 10 }, (_, i) => Array.from({ length: 4 }, (_, t) => (t === i % 4 ? 1 : 0)));
  await page.getByLabel("input file").setInputFiles({ name: "pulses.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(rows)) });
  await expect(page.getByText("pulses.json: 10 × 4, repeating every 4 steps")).toBeVisible();
  await stepN(page, 10);

  await page.getByLabel("input file").setInputFiles({ name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from("1,0\n0,1\n") });
  await expect(page.getByRole("alert").filter({ hasText: "has 2 rows but the network has nu = 10" })).toBeVisible();
  expect((await page.evaluate(() => (window as any).sornLab.config())).input).toEqual({ kind: "file", name: "pulses.json" });
  await stepN(page, 5);
});
