/**
 * Issue 11, bug 6: the smaller things a new user trips over — field messages, Escape in a field,
 * menus that close, Space as Play/Pause everywhere but text fields, inputs that apply when
 * picked, and distinct names for the lesson menu's checkboxes.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { openGroup, openLab } from "./helpers";

const config = (page: Page) => page.evaluate(() => (window as any).sornLab.config());

test("text that is not a number is quoted in every parameter field's message, whichever way it is committed", async ({ page }) => {
  await openLab(page);
  const params = page.getByRole("region", { name: "Parameters" });
  for (const summary of await params.locator("summary").all()) await openGroup(page, (await summary.textContent())!.trim());
  const fields = await params.getByRole("textbox").all();
  expect(fields.length).toBeGreaterThan(15);
  for (const [k, field] of fields.entries()) {
    await field.fill("");
    await field.pressSequentially("abc");
    await field.press(k % 2 ? "Tab" : "Enter");
    const row = page.locator(".param", { has: page.locator(`#${await field.getAttribute("id")}`) });
    await expect(row.getByRole("alert")).toHaveText(/got 'abc'$/);
  }
  await expect(page.getByText("got null")).toHaveCount(0);
});

test("Escape in a field restores its current value and clears its error", async ({ page }) => {
  await openLab(page);
  const field = page.getByLabel("eta_stdp");
  await field.fill("5");
  await field.press("Enter");
  const row = page.locator(".param", { has: field });
  await expect(row.getByRole("alert")).toHaveText("must be ≤ 1, got 5");
  await field.fill("7");
  await field.press("Escape");
  await expect(field).toHaveValue("0.004");
  await expect(row.getByRole("alert")).toHaveCount(0);
  await expect(field).not.toHaveAttribute("aria-invalid", "true");
  // Leaving the field afterwards commits nothing and shows no error.
  await field.press("Tab");
  await expect(row.getByRole("alert")).toHaveCount(0);
  expect((await config(page)).params.eta_stdp).toBe(0.004);
});

test("Escape in the seed field restores the seed and clears its error", async ({ page }) => {
  await openLab(page);
  const field = page.getByLabel("seed", { exact: true });
  await field.fill("-3");
  await field.press("Enter");
  await expect(page.locator("#seed-err")).toHaveText(/must be an integer in \[0, 4294967295\], got '-3'/);
  await field.press("Escape");
  await expect(field).toHaveValue("42");
  await expect(page.locator("#seed-err")).toHaveCount(0);
});

test("the Save, Export and Panels menus close on Escape (focus back on their button) and on a click outside", async ({ page }) => {
  await openLab(page);
  const menus = [
    ["Save", page.getByRole("button", { name: "Save run (JSON)" })],
    ["Export", page.getByRole("button", { name: "Dashboard SVG" })],
    ["Panels", page.getByRole("checkbox", { name: "Wee weight distribution" })],
  ] as const;
  for (const [label, item] of menus) {
    const summary = page.locator("summary", { hasText: new RegExp(`^${label}$`) });
    await summary.click();
    await expect(item).toBeVisible();
    await item.focus();
    await page.keyboard.press("Escape");
    await expect(item).toBeHidden();
    await expect(summary).toBeFocused();

    await summary.click();
    await expect(item).toBeVisible();
    await page.getByRole("heading", { name: "Input" }).click();
    await expect(item).toBeHidden();
  }
});

test("Space plays and pauses even when a button has focus, and types in a text field", async ({ page }) => {
  await openLab(page);
  const help = page.getByRole("button", { name: "Keyboard shortcuts" });
  await help.focus();
  await page.keyboard.press("Space");
  await expect(page.getByRole("button", { name: "Pause" })).toBeVisible();
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeHidden();
  await page.keyboard.press("Space");
  await expect(page.getByRole("button", { name: "Play" })).toBeVisible();
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeHidden();

  const field = page.getByLabel("eta_stdp");
  await field.click();
  await field.press("End");
  await field.press("Space");
  await expect(field).toHaveValue("0.004 ");
  await expect(page.getByRole("button", { name: "Play" })).toBeVisible();
});

test("picking Constant pattern or Symbol sequence applies it at once", async ({ page }) => {
  await openLab(page);
  await page.getByRole("radio", { name: "Constant pattern" }).check();
  await expect.poll(async () => (await config(page)).input).toEqual({ kind: "constant", values: [1] });
  await page.getByRole("radio", { name: "Symbol sequence" }).check();
  await expect.poll(async () => (await config(page)).input).toEqual({ kind: "sequence", sequence: "ABCD", amplitude: 1 });
  // An edit not yet applied says how to apply it.
  await page.getByLabel("sequence", { exact: true }).fill("ABC");
  await expect(page.getByText("press Apply to use this input")).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect.poll(async () => (await config(page)).input).toEqual({ kind: "sequence", sequence: "ABC", amplitude: 1 });
  await expect(page.getByText("press Apply to use this input")).toHaveCount(0);
});

test("the lesson menu's checkboxes have names of their own", async ({ page }) => {
  await openLab(page);
  await page.locator("summary", { hasText: "Lesson link" }).click();
  await expect(page.getByRole("checkbox", { name: "Hide phase" })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Hide seed" })).toBeVisible();
  // The real controls are the only ones with these names.
  await expect(page.getByLabel(/^phase$/i)).toHaveCount(1);
  await expect(page.getByLabel(/^seed$/i)).toHaveCount(1);
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
});
