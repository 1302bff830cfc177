/**
 * The counting tab's look at the test stretch (spec §3.5): a quick run (n = 4, one seed), then
 * "Show the test stretch" runs the picked cell's trace job; the canvas shows the letter tiles in
 * their colours (pixel probes), the predictions under them right / wrong / none, and the hover
 * line names the step, the letter and the prediction; the X/R switch redraws without a new job.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { CELL, LEFT, LETTER_COLORS, PRED_Y, PREDICTION_COLORS, TILE_Y } from "../src/plots/counting-trace-layout";
import { openLab } from "./helpers";

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

/** The canvas pixel at CSS (x, y), as [r, g, b]. */
function pixel(page: Page, x: number, y: number): Promise<number[]> {
  return page.getByTestId("counting-trace-canvas").evaluate((c: HTMLCanvasElement, [x, y]) => {
    const k = c.width / c.getBoundingClientRect().width;
    const d = c.getContext("2d")!.getImageData(Math.floor(x * k), Math.floor(y * k), 1, 1).data;
    return [d[0], d[1], d[2]];
  }, [x, y]);
}

test("Show the test stretch draws the letter tiles, the predictions and a hover line naming step, letter and prediction", async ({ page }) => {
  test.setTimeout(120_000);
  await openLab(page);
  await page.locator("summary", { hasText: /^Experiments$/ }).click();
  await page.locator(".menu-items").getByRole("button", { name: "Counting task" }).click();
  await page.getByLabel("n values").fill("4");
  await page.getByLabel("Seeds").fill("1");
  await page.getByRole("checkbox", { name: /^static:/ }).uncheck();
  await page.getByRole("checkbox", { name: /^ip:/ }).uncheck();
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(page.getByTestId("counting-message")).toHaveText(/^Finished: 1 job in [\d.]+ s \(quick size\)\.$/, { timeout: 60_000 });

  await expect(page.getByLabel("Trace n")).toHaveValue("4");
  await expect(page.getByLabel("Trace condition")).toHaveValue("sorn");
  await expect(page.getByLabel("Trace seed")).toHaveValue("0");
  const before = await new AxeBuilder({ page }).include(".exp-trace").analyze();
  expect(before.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await page.getByRole("button", { name: "Show the test stretch" }).click();
  await expect(page.getByRole("button", { name: "Cancel trace" })).toBeVisible();
  await expect(page.getByTestId("counting-trace-message")).toHaveText(/^Traced n = 4, sorn, seed 0 in [\d.]+ s: the first 150 of 1000 test steps\.$/, { timeout: 60_000 });
  await expect(page.getByTestId("counting-trace-summary")).toContainText(/^Readout X in these 150 steps: \d+ of 149 letters right/);

  const canvas = page.getByTestId("counting-trace-canvas");
  await expect(canvas).toBeVisible();
  const letters = (await canvas.getAttribute("data-letters"))!;
  expect(letters).toMatch(/^[A-F]{150}$/);
  // The words of n = 4: A B B B B C or D E E E E F, the stream at a word's start after 6,000 steps (a multiple of 6).
  expect(letters).toMatch(/^((ABBBBC)|(DEEEEF))+$/);
  for (const k of [0, 1, 5, 77]) {
    const tile = rgb(LETTER_COLORS["ABCDEF".indexOf(letters[k])].fill);
    expect(await pixel(page, LEFT + k * CELL + 1, TILE_Y + 1), `tile ${k}`).toEqual(tile);
  }
  const predicted = (await canvas.getAttribute("data-predicted"))!;
  expect(predicted[0]).toBe("·");
  for (const k of [0, 1, 2, 3, 4, 5]) {
    const status = predicted[k] === "·" ? "none" : predicted[k] === letters[k] ? "right" : "wrong";
    expect(await pixel(page, LEFT + k * CELL + 1, PRED_Y + 1), `prediction ${k}`).toEqual(rgb(PREDICTION_COLORS[status]));
  }

  const box = (await canvas.boundingBox())!;
  await page.mouse.move(box.x + LEFT + 5 * CELL + CELL / 2, box.y + TILE_Y + 8);
  await expect(page.getByTestId("counting-trace-hover")).toHaveText(
    new RegExp(`^Test step 6 of 1000 \\(network step 6005\\): letter ${letters[5]} · readout X predicted ${predicted[5]} \\((correct|wrong)\\), from x' of the step before · \\d+ of 200 E neurons active\\.$`),
  );

  await page.getByLabel("Trace readout").selectOption("R");
  await expect(canvas).toHaveAttribute("data-readout", "R");
  expect((await canvas.getAttribute("data-predicted"))!).toMatch(/^[A-F]{150}$/);
  await expect(page.getByTestId("counting-trace-summary")).toContainText(/^Readout R in these 150 steps: \d+ of 150 letters right/);
  await page.mouse.move(box.x + LEFT + 2, box.y + TILE_Y + 8);
  await expect(page.getByTestId("counting-trace-hover")).toHaveText(/^Test step 1 of 1000 \(network step 6000\): letter [AD] · readout R predicted [A-F] \((correct|wrong)\), from r/);
  if (process.env.EXP_SHOTS) await page.locator(".exp-trace").screenshot({ path: `${process.env.EXP_SHOTS}/counting-trace.png` });
  // The keyboard's hover: focus the picture, → moves the step read out.
  await canvas.focus();
  await page.keyboard.press("End");
  await page.keyboard.press("ArrowLeft");
  await expect(page.getByTestId("counting-trace-hover")).toHaveText(/^Test step 149 of 1000 \(network step 6148\): letter [A-F] · readout R predicted/);

  const axe = await new AxeBuilder({ page }).include(".exp-trace").analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
