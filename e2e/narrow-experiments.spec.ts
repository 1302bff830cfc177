/**
 * The Experiments tabs on a 390 × 844 phone screen: the page must not scroll sideways. The causes
 * once found: the tab strip (one line, 654 px), the Spiking RNN tab's Activation and Initialisation
 * selects (as wide as their longest option) and the Spikey tab's modifiers legend (an unbroken
 * JSON example). Each tab is opened and the document's scroll width read; on a failure the wider
 * elements are named.
 */
import { expect, test, type Page } from "@playwright/test";
import { openLab } from "./helpers";

const WIDTH = 390;

async function openTab(page: Page, tab: string, heading: string): Promise<void> {
  await page.locator("summary", { hasText: /^Experiments$/ }).click();
  await page.locator(".menu-items").getByRole("button", { name: tab }).click();
  await expect(page.getByRole("tab", { name: tab, selected: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: heading })).toBeVisible();
}

/** The document's scroll width, and the elements whose right edge lies past the viewport. */
function overflow(page: Page): Promise<{ scrollWidth: number; wider: string[] }> {
  return page.evaluate((w) => {
    const wider = [...document.querySelectorAll("body *")]
      .filter((e) => e.getBoundingClientRect().right > w + 0.5)
      .slice(0, 8)
      .map((e) => `${e.tagName.toLowerCase()}.${typeof e.className === "string" ? e.className : ""} (${Math.round(e.getBoundingClientRect().width)} px)`);
    return { scrollWidth: document.documentElement.scrollWidth, wider };
  }, WIDTH);
}

test.use({ viewport: { width: WIDTH, height: 844 } });

for (const [tab, heading] of [
  ["Spiking RNN", "1. Train a rate RNN"],
  ["Spikey networks", "1. Build a network from parts"],
] as const) {
  test(`${tab} at ${WIDTH} px does not scroll sideways`, async ({ page }) => {
    await openLab(page);
    await openTab(page, tab, heading);
    const o = await overflow(page);
    expect(o.wider, `wider than ${WIDTH} px`).toEqual([]);
    expect(o.scrollWidth).toBeLessThanOrEqual(WIDTH);
  });
}
