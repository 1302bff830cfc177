/**
 * Benchmark, not a test (spec experiments.md C15): the cart-pole learner played in the page, its
 * ne = 50 reservoir in the learner's worker, at 1× (real time, 50 steps/s) and at max. Counts the
 * environment steps the drawn frames advance (the canvas's data-frame "episode:step", read at
 * every animation frame) over a window of wall-clock time, and the distinct frames drawn per
 * second; then headless training (Train 2,000 episodes in the worker: the env steps are the sum
 * of the episode scores over the time the page reports). Prints one line per speed and repeat;
 * asserts only that the animation moved.
 *
 *   npm run bench:cartpole-page          (BENCH_PAGE=1, its own build folder and port)
 */
import { expect, test, type Page } from "@playwright/test";
import { openLab } from "./helpers";

test.skip(!process.env.BENCH_PAGE, "a benchmark: npm run bench:cartpole-page");
test.setTimeout(240_000);

const WINDOW_MS = 10_000;
const REPEATS = 3;
/** Episodes per headless training (the page reports its time to 0.1 s). */
const EPISODES = 2000;

/** Steps advanced and frames drawn in `ms` of wall-clock time, sampled at every animation frame. */
function sample(page: Page, ms: number): Promise<{ steps: number; frames: number; seconds: number }> {
  return page.getByTestId("learner-canvas").evaluate(
    (c: HTMLCanvasElement, ms: number) =>
      new Promise((resolve) => {
        const read = () => (c.dataset.frame ?? "0:0").split(":").map(Number) as [number, number];
        let [ep, st] = read();
        let steps = 0, frames = 0;
        const t0 = performance.now();
        const tick = () => {
          const [e, s] = read();
          if (e !== ep || s !== st) {
            frames++;
            steps += e === ep ? s - st : s; // a new episode: its steps so far (the old one's tail is not seen)
            [ep, st] = [e, s];
          }
          const t = performance.now() - t0;
          if (t < ms) requestAnimationFrame(tick);
          else resolve({ steps, frames, seconds: t / 1000 });
        };
        requestAnimationFrame(tick);
      }),
    ms,
  );
}

test("cart-pole learner in the page: environment steps/s and frames/s at 1× and max", async ({ page }) => {
  await openLab(page);
  await page.locator("summary", { hasText: /^Experiments$/ }).click();
  await page.locator(".menu-items").getByRole("button", { name: "Cart-pole" }).click();
  await page.getByLabel("Policy").selectOption("learner");
  await page.getByRole("button", { name: "Play learner" }).click();
  const lines: string[] = [];
  for (const speed of ["1x", "max"] as const) {
    await page.getByLabel("Learner speed").selectOption(speed);
    await page.waitForTimeout(1500); // settle after the switch
    for (let k = 0; k < REPEATS; k++) {
      const r = await sample(page, WINDOW_MS); // a lower bound at max: an episode's unseen tail is not counted
      expect(r.steps).toBeGreaterThan(0);
      lines.push(`${speed}: ${(r.steps / r.seconds).toFixed(1)} env steps/s, ${(r.frames / r.seconds).toFixed(1)} frames/s (${r.steps} steps, ${r.frames} frames in ${r.seconds.toFixed(1)} s)`);
    }
  }
  await page.getByRole("button", { name: "Pause learner" }).click();
  // Headless: Train N episodes in the worker; the env steps are the sum of the episode scores (reward 1 a step).
  for (let k = 0; k < REPEATS; k++) {
    const f = page.getByLabel("Episodes", { exact: true });
    await f.fill(String(EPISODES));
    await f.press("Enter");
    await page.getByRole("button", { name: `Train ${EPISODES} episodes` }).click();
    await expect(page.getByTestId("learner-message")).toHaveText(new RegExp(`^Trained ${EPISODES} episodes in \\d+\\.\\d s\\.$`), { timeout: 120_000 });
    const seconds = Number((await page.getByTestId("learner-message").textContent())!.match(/in (\d+\.\d) s/)![1]);
    const chartSteps = () => page.getByTestId("learner-chart").evaluate((el, n) => ((el as unknown as { data?: { y?: number[] }[] }).data?.[0]?.y ?? []).slice(-n).reduce((a, b) => a + b, 0), EPISODES);
    await expect.poll(chartSteps).toBeGreaterThan(0); // the chart draws after the message
    const steps = await chartSteps();
    lines.push(`headless training: ${(steps / seconds).toFixed(0)} env steps/s (${steps} steps of ${EPISODES} episodes in ${seconds} s)`);
  }
  console.log(["bench:cartpole-page (ne = 50 reservoir in the learner's worker; Chromium " + (await page.evaluate(() => navigator.userAgent.match(/Chrom\w+\/[\d.]+/)?.[0] ?? "?")) + ")", ...lines].join("\n"));
});
