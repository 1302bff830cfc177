import { expect, test, type Page } from "@playwright/test";
import { openLab, shownStep } from "./helpers";

// Tracing (screenshots and DOM snapshots per action) would load the machine being measured.
test.use({ trace: "off" });

interface LongTask {
  start: number;
  duration: number;
}

async function installLongTaskObserver(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask", buffered: true });
  });
}

/** Run as fast as possible for `ms`; return steps per second measured from the page's step count. */
async function measure(page: Page, ms: number): Promise<{ stepsPerSecond: number; frames: number; from: number; to: number }> {
  const t0 = await shownStep(page);
  const f0: number = await page.evaluate(() => (window as any).sornLab.frames());
  const start = await page.evaluate(() => performance.now());
  await page.waitForTimeout(ms);
  const end = await page.evaluate(() => performance.now());
  const t1 = await shownStep(page);
  const f1: number = await page.evaluate(() => (window as any).sornLab.frames());
  const seconds = (end - start) / 1000;
  return { stepsPerSecond: (t1 - t0) / seconds, frames: (f1 - f0) / seconds, from: start, to: end };
}

test("running as fast as possible at ne = 200 with every plot on: throughput, frame rate, main-thread long tasks", async ({ page }) => {
  test.setTimeout(120_000);
  await installLongTaskObserver(page);
  await openLab(page, "#v=1&seed=11&input=uniform&speed=max");
  await page.getByRole("button", { name: "Compute" }).click();
  await page.getByRole("button", { name: "Play" }).click();
  await page.waitForTimeout(1500); // warm up (JIT, first frames)
  await page.getByRole("button", { name: "Compute" }).click();

  const run = await measure(page, 8000);

  // The page keeps answering while the worker runs flat out: a click is handled promptly.
  const clickStart = Date.now();
  await page.getByRole("button", { name: "Enlarge Population activity" }).click();
  await expect(page.getByRole("button", { name: "Shrink Population activity" })).toBeVisible();
  const clickMs = Date.now() - clickStart;
  await page.getByRole("button", { name: "Shrink Population activity" }).click();

  const tasks: LongTask[] = await page.evaluate(() => (window as any).__longTasks);
  const during = tasks.filter((t) => t.start >= run.from && t.start <= run.to);
  const total = during.reduce((s, t) => s + t.duration, 0);
  const max = during.reduce((m, t) => Math.max(m, t.duration), 0);
  console.log(
    `[perf] ne=200, all plots on, speed max: ${Math.round(run.stepsPerSecond)} steps/s, ${run.frames.toFixed(1)} frames/s; ` +
      `main-thread long tasks during ${((run.to - run.from) / 1000).toFixed(1)} s: ${during.length} (total ${Math.round(total)} ms, longest ${Math.round(max)} ms); ` +
      `click-to-update ${clickMs} ms; long tasks over the whole page life: ${tasks.length} [${tasks.map((t) => Math.round(t.duration)).join(", ")}] ms`,
  );
  await page.getByRole("button", { name: "Pause" }).click();

  expect(run.stepsPerSecond).toBeGreaterThan(1000);
  expect(run.frames).toBeGreaterThan(5);
  expect(run.frames).toBeLessThanOrEqual(31);
  // Generous bounds: the 2-core test machine is shared with other jobs, so timings vary; the
  // printed numbers are what to report. A blocked main thread (seconds) still fails these.
  expect(clickMs).toBeLessThan(2000);
  expect(max).toBeLessThan(500);
});

test("worker throughput with the plots hidden, for comparison", async ({ page }) => {
  await openLab(page, "#v=1&seed=11&input=uniform&speed=max&panels=none");
  await page.getByRole("button", { name: "Play" }).click();
  await page.waitForTimeout(1500);
  const run = await measure(page, 6000);
  console.log(`[perf] ne=200, plots hidden, speed max: ${Math.round(run.stepsPerSecond)} steps/s, ${run.frames.toFixed(1)} frames/s`);
  await page.getByRole("button", { name: "Pause" }).click();
  expect(run.stepsPerSecond).toBeGreaterThan(1000);
});
