/**
 * The cart-pole learner in the page (spec experiments.md §2.5): chosen from the policy list, it
 * trains a few episodes headless in its worker and the score chart shows their points with
 * hover values; played, the pole's angle on the canvas changes and the E raster fills; docs mode
 * with a large w scale shows the softmax overflow (B3) as a message and the lab stays usable;
 * a Compare run shows its progress and can be cancelled.
 */
import { expect, test, type Page } from "@playwright/test";
import { openLab, shownStep, stepN } from "./helpers";

async function openLearner(page: Page): Promise<void> {
  await page.locator("summary", { hasText: /^Experiments$/ }).click();
  await page.locator(".menu-items").getByRole("button", { name: "Cart-pole" }).click();
  await page.getByLabel("Policy").selectOption("learner");
  await expect(page.getByRole("button", { name: /^Train \d+ episodes$/ })).toBeVisible();
}

async function commit(page: Page, label: string, text: string): Promise<void> {
  const f = page.getByLabel(label, { exact: true });
  await f.fill(text);
  await f.press("Enter");
}

/** The pole's angle on the learner's canvas: axle (300 px wide cart centre, y 292.5) to the centroid of the pole's pixels. */
function poleAngle(page: Page): Promise<number> {
  return page.getByTestId("learner-canvas").evaluate((c: HTMLCanvasElement) => {
    const k = c.width / 600;
    const d = c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data;
    let sx = 0, sy = 0, n = 0, cx = 0, cn = 0;
    for (let y = 0; y < 400; y++)
      for (let x = 0; x < 600; x++) {
        const i = 4 * (Math.floor(y * k) * c.width + Math.floor(x * k));
        if (d[i] === 202 && d[i + 1] === 152 && d[i + 2] === 101) (sx += x), (sy += y), n++;
        if (y === 310 && d[i] === 0 && d[i + 1] === 0 && d[i + 2] === 0 && d[i + 3] === 255) (cx += x), cn++;
      }
    return Math.atan2(sx / n - cx / cn, 292.5 - sy / n);
  });
}

test("the learner trains a few episodes and the score chart shows them with hover values", async ({ page }) => {
  await openLab(page);
  await openLearner(page);
  await commit(page, "Episodes", "5");
  await page.getByRole("button", { name: "Train 5 episodes" }).click();
  await expect(page.getByTestId("learner-message")).toHaveText(/^Trained 5 episodes in \d+\.\d s\.$/);
  const chart = page.getByTestId("learner-chart");
  await expect(chart.locator(".scatterlayer .trace").first().locator(".point")).toHaveCount(5);
  await expect(chart.locator(".legendtext")).toContainText(["episode score", "100-episode moving average", "solved (475)", "held-out evaluation (mean ± sd)"]);
  await chart.locator(".scatterlayer .trace").first().locator(".point").nth(2).hover({ force: true });
  await expect(chart.locator(".hoverlayer .hovertext").first()).toContainText(/episode 3score \d+/);
  await expect(page.getByTestId("learner-findings")).toContainText("loses to a linear policy");
});

test("the learner's policy animates: the pole's angle changes, the probabilities and the E raster fill", async ({ page }) => {
  await openLab(page);
  await stepN(page, 5);
  await openLearner(page);
  const a0 = await poleAngle(page);
  await page.getByRole("button", { name: "Play learner" }).click();
  await expect.poll(async () => Math.abs((await poleAngle(page)) - a0), { timeout: 8000 }).toBeGreaterThan(0.01);
  await expect(page.getByTestId("learner-raster")).toHaveAttribute("data-columns", /^(1\d|[2-9]\d|1\d\d|200)$/);
  // Both bars of one frame (read together: the animation moves on between two reads).
  const sum = await page.evaluate(() => ["p0", "p1"].map((id) => Number(document.querySelector(`[data-testid=${id}]`)!.textContent)).reduce((a, b) => a + b));
  expect(sum).toBeCloseTo(1, 2);
  await expect(page.getByTestId("learner-readout")).toContainText(/Episode \d+ · step \d+ · return \d+/);
  await page.getByLabel("Learner speed").selectOption("max");
  await expect.poll(async () => Number((await page.getByTestId("learner-canvas").getAttribute("data-frame"))!.split(":")[0]), { timeout: 10_000 }).toBeGreaterThan(3);
  await page.getByRole("button", { name: "Pause learner" }).click();
  expect(await shownStep(page)).toBe(5);
});

test("docs mode with a large w scale reports the softmax overflow (B3); the lab stays usable", async ({ page }) => {
  await openLab(page);
  await openLearner(page);
  await page.getByLabel("Learner mode").selectOption("docs");
  await expect(page.getByTestId("docs-bugs")).toContainText("B3");
  await expect(page.getByTestId("docs-bugs").locator("li")).toHaveCount(7);
  await commit(page, "w scale", "1000");
  await commit(page, "Episodes", "5");
  await page.getByRole("button", { name: "Train 5 episodes" }).click();
  await expect(page.getByTestId("learner-aborted")).toHaveText(/softmax overflow \(docs bug B3\)/);
  await commit(page, "w scale", "1");
  await expect(page.getByTestId("learner-aborted")).toHaveCount(0);
  await page.getByRole("button", { name: "Train 5 episodes" }).click();
  await expect(page.getByTestId("learner-message")).toHaveText(/^Trained 5 episodes/);
  await page.getByRole("button", { name: "Close experiments" }).click();
  await stepN(page, 3);
});

test("a Compare run shows its progress and can be cancelled", async ({ page }) => {
  await openLab(page);
  await openLearner(page);
  await page.getByLabel("Compare seeds").fill("10");
  await page.getByLabel("Compare episodes").fill("3000");
  await page.getByRole("button", { name: "Compare", exact: true }).click();
  await expect(page.getByTestId("compare-progress")).toBeVisible();
  await page.getByRole("button", { name: "Cancel compare" }).click();
  await expect(page.getByTestId("compare-message")).toHaveText(/^Cancelled: \d+ of 40 runs had finished; they are not kept\.$/);
  await expect(page.getByRole("button", { name: "Compare", exact: true })).toBeEnabled();
});
