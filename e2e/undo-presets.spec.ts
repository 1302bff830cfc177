/**
 * Undo/redo of configuration edits (Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y and the buttons, named after
 * their step) and the Presets menu (each preset with its source, applied as one undo step).
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { digest, openGroup, openLab, stepN } from "./helpers";

const config = (page: Page) => page.evaluate(() => (window as any).sornLab.config());
const undoButton = (page: Page) => page.getByRole("button", { name: /^Undo/ });
const redoButton = (page: Page) => page.getByRole("button", { name: /^Redo/ });

test("Ctrl+Z undoes two eta_stdp edits in the field, the URL and the worker; Ctrl+Shift+Z and Ctrl+Y redo", async ({ page }) => {
  await openLab(page);
  await expect(undoButton(page)).toHaveAccessibleName("Undo (nothing to undo)");
  await expect(undoButton(page)).toBeDisabled();
  const field = page.getByLabel("eta_stdp");
  await field.fill("0.006");
  await field.press("Enter");
  await field.fill("0.005");
  await field.press("Enter");
  await expect(undoButton(page)).toHaveAccessibleName("Undo eta_stdp 0.006 → 0.005");

  // While typing in a field the keys are the field's own: the lab's history is untouched.
  await field.fill("0.007");
  await field.press("Control+z");
  expect((await config(page)).params.eta_stdp).toBe(0.005);
  await field.press("Escape");
  await field.blur();

  await page.keyboard.press("Control+z");
  await expect(field).toHaveValue("0.006");
  await expect(page).toHaveURL(/eta_stdp=0\.006/);
  await expect(undoButton(page)).toHaveAccessibleName("Undo eta_stdp 0.004 → 0.006");
  await expect(redoButton(page)).toHaveAccessibleName("Redo eta_stdp 0.006 → 0.005");
  await expect(undoButton(page)).toHaveAttribute("title", "Undo eta_stdp 0.004 → 0.006 (Ctrl+Z)");

  await page.keyboard.press("Control+z");
  await expect(field).toHaveValue("0.004");
  await expect(page).not.toHaveURL(/eta_stdp=/);
  await expect(undoButton(page)).toBeDisabled();

  // The worker followed: 30 steps now give the same weights as a fresh network at the defaults.
  await stepN(page, 30);
  const undone = await digest(page);
  await page.getByRole("button", { name: "Reset" }).first().click();
  await expect.poll(async () => (await digest(page)).t).toBe(0);
  await stepN(page, 30);
  expect((await digest(page)).weeHash).toBe(undone.weeHash);

  await page.keyboard.press("Control+Shift+Z");
  await expect(field).toHaveValue("0.006");
  await expect(page).toHaveURL(/eta_stdp=0\.006/);
  await page.keyboard.press("Control+y");
  await expect(field).toHaveValue("0.005");
  await expect(page).toHaveURL(/eta_stdp=0\.005/);
  await expect(redoButton(page)).toBeDisabled();

  // A new edit after an undo clears the redo stack.
  await undoButton(page).click();
  await expect(redoButton(page)).toHaveAccessibleName("Redo eta_stdp 0.006 → 0.005");
  await page.getByRole("switch", { name: "STDP", exact: true }).click();
  await expect(undoButton(page)).toHaveAccessibleName("Undo STDP off");
  await expect(redoButton(page)).toBeDisabled();
  // Focus is on the switch (not a text field): Ctrl+Z undoes it.
  await page.keyboard.press("Control+z");
  await expect(page.getByRole("switch", { name: "STDP", exact: true })).toBeChecked();
  await expect(undoButton(page)).toHaveAccessibleName("Undo eta_stdp 0.004 → 0.006");

  await page.keyboard.press("?");
  await expect(page.getByRole("dialog")).toContainText("Ctrl+Z");
  await expect(page.getByRole("dialog")).toContainText("Ctrl+Shift+Z / Ctrl+Y");
});

test("the Zheng 2013 preset sets its values as one step, says which need a Reset, and Undo restores them", async ({ page }) => {
  await openLab(page);
  await page.locator("summary", { hasText: /^Presets$/ }).click();
  for (const p of ["Defaults", "Lazar 2009", "Zheng 2013"]) await expect(page.getByRole("button", { name: p, exact: true })).toBeVisible();
  const zheng = page.getByRole("button", { name: "Zheng 2013", exact: true });
  await expect(zheng).toHaveAccessibleDescription(/^Zheng, Dimitrakakis & Triesch 2013 .*experiments\.md §4\.2/);
  await expect(page.getByText(/^Lazar, Pipa & Triesch 2009 .*§3\.2–3\.3/)).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id), "Presets menu open").toEqual([]);
  await zheng.click();

  await openGroup(page, "Network");
  await openGroup(page, "Noise and structure");
  await expect(page.getByLabel("nu", { exact: true })).toHaveValue("0");
  await expect(page.getByLabel("h_ip")).toHaveValue("0.1");
  await expect(page.getByLabel("noise_sigma")).toHaveValue(String(Math.sqrt(0.05)));
  await expect(page.getByText("Preset: Zheng 2013. nu, h_ip change the network's structure: press Reset to apply them")).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Needs reset: nu, h_ip" })).toBeVisible();
  await expect(page.locator(".param", { has: page.getByLabel("nu", { exact: true }) }).getByText("needs reset")).toBeVisible();
  await expect(page).toHaveURL(/nu=0/);
  expect((await config(page)).params.noise_sigma).toBe(Math.sqrt(0.05));
  await expect(undoButton(page)).toHaveAccessibleName("Undo Preset: Zheng 2013");
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id), "after a preset").toEqual([]);

  await undoButton(page).click();
  await expect(page.getByLabel("nu", { exact: true })).toHaveValue("10");
  await expect(page.getByLabel("h_ip")).toHaveValue("auto");
  await expect(page.getByLabel("noise_sigma")).toHaveValue("0.04");
  await expect(page.getByRole("status").filter({ hasText: "Needs reset" })).toHaveCount(0);
  await expect(page).not.toHaveURL(/nu=0/);
  await expect(redoButton(page)).toHaveAccessibleName("Redo Preset: Zheng 2013");
});
