/**
 * The Experiments tabs on a 390 × 844 phone screen: the page must not scroll sideways. The causes
 * once found: the tab strip (one line, 654 px), the Spiking RNN tab's Activation and Initialisation
 * selects (as wide as their longest option) and the Spikey tab's modifiers legend (an unbroken
 * JSON example). Each tab is opened and the document's scroll width read; on a failure the wider
 * elements are named. The Spiking RNN tab is checked once more with a model file loaded and
 * converted (its radio label names the file; the charts at the best s).
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

test(`Spiking RNN at ${WIDTH} px with a model file loaded and converted does not scroll sideways`, async ({ page }) => {
  await openLab(page);
  await openTab(page, "Spiking RNN", "1. Train a rate RNN");
  await page.getByLabel("Load a model file").setInputFiles("test/fixtures/rate-rnn/gonogo-n60-seed0.json");
  await expect(page.getByRole("radio", { name: /a model file: gonogo-n60-seed0\.json/ })).toBeChecked();
  await page.getByLabel("Grid of s (from:step:to)").fill("10:10:30");
  await page.getByLabel("Trials per s").fill("4");
  await page.getByRole("button", { name: "Convert" }).click();
  await expect(page.getByTestId("rnn-convert-message")).toHaveText(/^Finished/, { timeout: 60_000 });
  for (const id of ["rnn-accuracy-s-chart", "rnn-raster-chart", "rnn-lif-output-chart", "rnn-rates-chart"]) await expect(page.getByTestId(id).locator(".main-svg").first()).toBeVisible({ timeout: 30_000 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDTH);
});
