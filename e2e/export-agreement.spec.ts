/**
 * Issue 11, bug 5: what is on screen is what is exported. The raster's live y axis and its SVG
 * number the same neurons in the same order (top row first); the exported correlation network
 * draws the edges the live panel draws.
 */
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { openLab, stepN } from "./helpers";

/** Click an export button; return the downloaded SVG's text. */
async function exportSvg(page: Page, title: string): Promise<string> {
  const [d] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), page.getByRole("button", { name: `Export ${title} as SVG` }).click()]);
  return readFileSync((await d.path())!, "utf8");
}

/** The y-axis tick labels of an exported figure, top to bottom (the browser parses the SVG). */
function svgYTicks(page: Page, svg: string): Promise<string[]> {
  return page.evaluate((t) => {
    const doc = new DOMParser().parseFromString(t, "image/svg+xml");
    const texts = [...doc.querySelectorAll("g.axis.y text")].filter((e) => !e.hasAttribute("transform"));
    return texts.sort((a, b) => Number(a.getAttribute("y")) - Number(b.getAttribute("y"))).map((e) => e.textContent ?? "");
  }, svg);
}

test("the raster's live axis and its export number the same neurons, top row first", async ({ page }) => {
  await openLab(page, "#v=1&seed=5&input=uniform");
  await stepN(page, 200);
  const field = page.getByLabel("E neurons", { exact: true });
  await field.fill("50-59");
  await field.press("Enter");
  await expect(page.getByTestId("raster-info")).toHaveText(/showing 50 of 240 neurons \(10 of 200 E, 40 of 40 I\)/);
  const canvas = page.getByRole("img", { name: /Spike raster/ });
  await expect(canvas).toHaveAttribute("aria-description", /top row: neuron 50\b/);
  const liveTicks = async () => ((await canvas.getAttribute("data-y-ticks")) ?? "").split(",");
  const live = await liveTicks();
  expect(live).toEqual(["50", "200", "210", "220", "230"]);
  expect(await svgYTicks(page, await exportSvg(page, "Spike raster"))).toEqual(live);

  // E neurons alone: the rows are neurons 50–59, labelled as such on screen and in the file.
  const iField = page.getByLabel("I neurons", { exact: true });
  await iField.fill("none");
  await iField.press("Enter");
  await expect(page.getByTestId("raster-info")).toHaveText(/showing 10 of 240 neurons \(10 of 200 E, 0 of 40 I\)/);
  await expect.poll(liveTicks).toEqual(["50", "52", "54", "56", "58"]);
  // The canvas's description of its rows is valid ARIA.
  expect((await new AxeBuilder({ page }).include(".plot").analyze()).violations.map((v) => v.id)).toEqual([]);
  expect(await svgYTicks(page, await exportSvg(page, "Spike raster"))).toEqual(await liveTicks());
});

test("the exported correlation network draws the same edges as the live panel", async ({ page }) => {
  await openLab(page, "#v=1&seed=7&input=uniform");
  await stepN(page, 300);
  await page.getByRole("button", { name: "Compute" }).click();
  const info = page.getByTestId("correlation-info");
  await expect(info).toHaveText(/edges with r >/);
  // Threshold 0: thousands of pairs correlate above it, more than the panel draws.
  await page.getByRole("slider", { name: /Threshold/ }).fill("0");
  await expect(info).toHaveText(/edges with r > 0\.00 \(strongest \d+ drawn\)/);
  const drawn = Number(/strongest (\d+) drawn/.exec((await info.textContent()) ?? "")![1]);
  expect(drawn).toBeGreaterThan(100);

  const svg = await exportSvg(page, "Correlation network");
  const segments = await page.evaluate((t) => {
    const doc = new DOMParser().parseFromString(t, "image/svg+xml");
    return [...doc.querySelectorAll('path[fill="none"][stroke]')].reduce((n, p) => n + (p.getAttribute("d")?.match(/M/g)?.length ?? 0), 0);
  }, svg);
  expect(segments).toBe(drawn);
});
