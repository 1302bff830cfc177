/** Accessibility: axe-core finds no violation in the lab's main states. */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { openLab, stepN } from "./helpers";

async function violations(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page }).analyze();
  return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join("; ")})`);
}

test("no axe violations: the lab at start, after steps, with menus open and in compare mode", async ({ page }) => {
  test.setTimeout(120_000);
  await openLab(page);
  expect(await violations(page)).toEqual([]);
  await stepN(page, 300);
  expect(await violations(page)).toEqual([]);
  for (const menu of ["Export", "Compare", "Panels"]) {
    await page.locator("summary", { hasText: new RegExp(`^${menu}$`) }).click();
    expect(await violations(page), `${menu} menu open`).toEqual([]);
    await page.locator("summary", { hasText: new RegExp(`^${menu}$`) }).click();
  }
  await page.locator("summary", { hasText: /^Compare$/ }).click();
  await page.getByRole("button", { name: "Start comparing" }).click();
  await stepN(page, 100);
  await expect(page.locator(".compare-chart .main-svg").first()).toBeVisible();
  expect(await violations(page), "compare mode").toEqual([]);
});

test("no axe violations in the dark colour scheme", async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: "dark" });
  const page = await context.newPage();
  await openLab(page);
  await stepN(page, 200);
  expect(await violations(page)).toEqual([]);
  await context.close();
});
