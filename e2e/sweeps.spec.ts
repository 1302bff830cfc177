/**
 * The Sweeps tab: a two-axis SORN sweep (2 × 2 cells, one repeat, 200-step runs of ne = 40)
 * defined in the form, run on the page's workers, the heat map filling in (its squares counted in
 * the DOM) with hover values, a second Run taken from the browser's cache, and one point opened in
 * the lab (the lab's parameter fields change). Also: refusals at the fields, a foreign file, job.sh,
 * the sweep's link; and the genetic search's 8-queens self-test in the page.
 */
import { readFileSync, writeFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { openLab } from "./helpers";

async function openSweeps(page: Page): Promise<void> {
  await page.locator("summary", { hasText: /^Experiments$/ }).click();
  await page.locator(".menu-items").getByRole("button", { name: "Sweeps" }).click();
  await expect(page.getByRole("tab", { name: "Sweeps", selected: true })).toBeVisible();
}

async function defineSmallSweep(page: Page): Promise<void> {
  await page.getByLabel("Fixed parameters").fill("ne=40, steps=200");
  await page.getByLabel("Axis 1 parameter").fill("eta_stdp");
  await page.getByLabel("Axis 1 values", { exact: true }).fill("0.002, 0.006");
  await page.getByLabel("Axis 2 parameter").fill("h_ip");
  await page.getByLabel("Axis 2 values", { exact: true }).fill("0.05, 0.1");
  await page.getByLabel("Repeats").fill("1");
  await page.getByLabel("Metrics").fill("spikeSourceEntropy.excitatory, networkFiringRate.excitatory.activeNeurons.mean");
  await expect(page.getByTestId("sweep-point-count")).toHaveText("Points: 4 (4 cells × 1 repeat)");
}

test("a two-axis sweep runs on the workers, fills its heat map, resumes from the cache and opens a point in the lab", async ({ page }) => {
  test.setTimeout(60_000);
  const t0 = Date.now();
  await openLab(page);
  await openSweeps(page);
  await defineSmallSweep(page);
  // watch the heat map fill in: the count of cells with a finished point, each time it changes (observed from before Run)
  await page.evaluate(() => {
    const seen: string[] = ((window as any).filled = []);
    new MutationObserver((records) => {
      for (const r of records) if ((r.target as HTMLElement).dataset.testid === "sweep-chart") seen.push((r.target as HTMLElement).dataset.filled ?? "");
    }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ["data-filled"] });
  });
  await page.getByRole("button", { name: "Run sweep" }).click();
  const chart = page.getByTestId("sweep-chart");
  await expect(page.getByTestId("sweep-message")).toHaveText(/^Finished: 4 points \(0 from this browser's cache, 4 run\) in [\d.]+ s\.$/, { timeout: 40_000 });
  console.log(`2×2 sweep in the page: ${await page.getByTestId("sweep-message").textContent()}`);
  const filled: number[] = (await page.evaluate(() => (window as any).filled)).map(Number);
  console.log(`heat map cells filled, as it changed: ${filled.join(" → ")}`);
  expect(filled[0]).toBe(0);
  expect(filled.at(-1)).toBe(4);
  expect(filled.some((n) => n > 0 && n < 4)).toBe(true); // streamed: some cells before the last point
  expect([...filled].sort((a, b) => a - b)).toEqual(filled);
  await expect(chart).toHaveAttribute("data-filled", "4");
  // the heat map's squares: 4 finished, no pending one left
  await expect(chart.locator(".scatterlayer .trace").nth(0).locator("path.point")).toHaveCount(4);
  await expect(chart.locator(".scatterlayer .trace").nth(1).locator("path.point")).toHaveCount(0);
  await expect(page.locator('[data-testid="sweep-cell"][data-state="done"]')).toHaveCount(4);
  // hover the top-right square (eta_stdp = 0.006, h_ip = 0.1)
  const at = await chart.evaluate((gd: any) => {
    const fl = gd._fullLayout, r = gd.getBoundingClientRect(), t = gd.data[0];
    const i = t.x.findIndex((x: string, k: number) => x === "0.006" && t.y[k] === "0.1");
    return { x: r.left + fl._size.l + fl.xaxis.l2p(fl.xaxis.d2l(t.x[i])), y: r.top + fl._size.t + fl.yaxis.l2p(fl.yaxis.d2l(t.y[i])) };
  });
  await page.mouse.move(at.x - 3, at.y - 3);
  await page.mouse.move(at.x, at.y);
  await expect(chart.locator(".hoverlayer .hovertext").first()).toContainText(/eta_stdp = 0\.006, h_ip = 0\.1spikeSourceEntropy\.excitatory: median [\d.]+ \(q1 [\d.]+ – q3 [\d.]+\), 1 of 1 repeat/);
  const axe = await new AxeBuilder({ page }).include(".experiments").analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join("; ")})`)).toEqual([]);
  // the other metric redraws the same grid
  await page.getByLabel("Metric shown").selectOption("networkFiringRate.excitatory.activeNeurons.mean");
  await expect(chart.locator(".scatterlayer .trace").nth(0).locator("path.point")).toHaveCount(4);
  // Run again: every point from IndexedDB, none recomputed
  await page.getByRole("button", { name: "Run sweep" }).click();
  await expect(page.getByTestId("sweep-message")).toHaveText(/^Finished: 4 points \(4 from this browser's cache, 0 run\) in [\d.]+ s\.$/);
  // open one point in the lab
  await page.getByRole("button", { name: "Open eta_stdp = 0.006, h_ip = 0.1 (repeat 0) in the lab" }).click();
  await expect(page.getByRole("tab", { name: "Sweeps" })).toHaveCount(0); // the view closed on the lab
  await expect(page.getByLabel("eta_stdp")).toHaveValue("0.006");
  await expect(page.getByLabel("ne", { exact: true })).toHaveValue("40");
  await expect(page.getByLabel("h_ip")).toHaveValue("0.1");
  const config = await page.evaluate(() => (window as any).sornLab.config());
  expect(config.params).toMatchObject({ ne: 40, eta_stdp: 0.006, h_ip: 0.1 });
  console.log(`sweeps e2e (run, cache, open): ${((Date.now() - t0) / 1000).toFixed(1)} s`);
});

test("bad input is refused at its field; a foreign file gets a message; the spec and job.sh download", async ({ page }, info) => {
  test.setTimeout(60_000);
  await openLab(page);
  await openSweeps(page);
  await defineSmallSweep(page);
  await page.getByLabel("Axis 1 parameter").fill("eta_stpd");
  await page.getByRole("button", { name: "Run sweep" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "axes[0]: unknown parameter 'eta_stpd' of target sorn.run" })).toBeVisible();
  await expect(page.getByTestId("sweep-point-count")).toHaveText("Points: — (fix the fields above)");
  await page.getByLabel("Axis 1 parameter").fill("eta_stdp");
  await page.getByLabel("Axis 2 values", { exact: true }).fill("");
  await page.getByRole("button", { name: "Run sweep" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "axis1.values: axis 'h_ip' is empty" })).toBeVisible();
  await page.getByLabel("Axis 2 values", { exact: true }).fill("0.05, 0.1");
  await page.getByLabel("Repeats").fill("3000");
  await expect(page.getByTestId("sweep-point-count")).toHaveText("Points: 12,000 (4 cells × 3000 repeats) — over the page's limit of 10,000");
  await page.getByRole("button", { name: "Run sweep" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "the sweep has 12,000 points (4 cells × 3000 repeats), over the limit of 10,000" })).toBeVisible();
  await page.getByLabel("Repeats").fill("1");
  await page.locator("summary", { hasText: /^Files and Slurm$/ }).click();
  const [spec] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download spec (JSON)" }).click()]);
  expect(spec.suggestedFilename()).toMatch(/^sorn-sweep-[0-9a-f]{8}\.spec\.json$/);
  const specDoc = JSON.parse(readFileSync((await spec.path())!, "utf8"));
  expect(specDoc).toMatchObject({ target: "sorn.run", base: { ne: 40, steps: 200 }, repeats: 1 });
  await page.getByLabel("Points per task").fill("2");
  const [job] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download job.sh" }).click()]);
  const sh = readFileSync((await job.path())!, "utf8");
  expect(sh).toContain("#SBATCH --array=0-1\n");
  expect(sh).toContain("sweep task \"$DIR/spec.json\"");
  // a spec loaded where results belong, and a cut-short file
  const specPath = info.outputPath("spec.json");
  writeFileSync(specPath, JSON.stringify(specDoc));
  await page.getByLabel("Load merged results").setInputFiles(specPath);
  await expect(page.getByTestId("sweep-message")).toHaveText("spec.json: not a sweep results file (format null, expected 'sorn-lab-sweep-results') — it looks like a sweep spec: load it with 'Load spec'");
  const cut = info.outputPath("cut.json");
  writeFileSync(cut, '{"format":"sorn-lab-sweep-results","points":[');
  await page.getByLabel("Load merged results").setInputFiles(cut);
  await expect(page.getByTestId("sweep-message")).toHaveText(/^cut\.json: not JSON or cut short/);
  // the sweep's link opens the Sweeps tab with the same form
  await page.getByRole("button", { name: "Link to this sweep" }).click();
  const link = await page.getByLabel("Sweep link").inputValue();
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?sweep=[A-Za-z0-9_-]+$/);
  await page.goto(link);
  await expect(page.getByRole("tab", { name: "Sweeps", selected: true })).toBeVisible();
  await expect(page.getByLabel("Fixed parameters")).toHaveValue("ne=40, steps=200");
  await expect(page.getByLabel("Axis 2 values", { exact: true })).toHaveValue("0.05, 0.1");
  await expect(page.getByTestId("sweep-point-count")).toHaveText("Points: 4 (4 cells × 1 repeat)");
  await expect(page.getByTestId("sweep-message")).toHaveText(/^Loaded the spec from the link \(sweep [0-9a-f]{16}\)\.$/);
});

test("the genetic search's 8-queens self-test runs in the page: a box per generation and the best board", async ({ page }) => {
  test.setTimeout(60_000);
  await openLab(page);
  await openSweeps(page);
  await page.locator("summary", { hasText: /^Genetic search: the 8-queens self-test$/ }).click();
  await page.getByLabel("Generations at most").fill("x");
  await page.getByRole("button", { name: "Run search" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "generations: a whole number from 1 to 3000, got 'x'" })).toBeVisible();
  await page.getByLabel("Generations at most").fill("30");
  await page.getByRole("button", { name: "Run search" }).click();
  await expect(page.getByTestId("evolve-message")).toHaveText(/^8 queens, seed 0: no board without clashes within 30 generations \(best fitness 2\d\) \([\d.]+ s\)\.$/, { timeout: 45_000 });
  console.log(`GA in the page: ${await page.getByTestId("evolve-message").textContent()}`);
  const chart = page.getByTestId("evolve-chart");
  await expect(chart).toHaveAttribute("data-generations", "30");
  await expect(chart.locator(".barlayer .point")).toHaveCount(30); // one box per generation
  await expect(page.getByTestId("evolve-best")).toContainText(/^Best genotype \(fitness 2\d, generation \d+\): a \(\d, \d\), b/);
  const board = page.getByRole("table", { name: /^Best board, fitness 2\d$/ });
  await expect(board.locator("td")).toHaveCount(64);
  await expect(board.locator("td[title^='queen']")).not.toHaveCount(0);
});

test("a cancelled sweep resumes after a reload (its link) from the points kept in IndexedDB", async ({ page }) => {
  test.setTimeout(60_000);
  await openLab(page);
  await openSweeps(page);
  await defineSmallSweep(page);
  // 12 points of ~1 s each (the simulation: a point computes only its metric's statistics), so
  // Cancel lands while most are still to run
  await page.getByLabel("Fixed parameters").fill("ne=100, steps=40000");
  await page.getByLabel("Axis 1 values", { exact: true }).fill("0.002, 0.004, 0.006, 0.008");
  await page.getByLabel("Axis 2 values", { exact: true }).fill("0.05, 0.1, 0.15");
  await page.getByRole("button", { name: "Run sweep" }).click();
  await expect(page.locator('[data-testid="sweep-cell"][data-state="done"]')).not.toHaveCount(0, { timeout: 30_000 });
  await page.getByRole("button", { name: "Cancel" }).click({ timeout: 5_000 });
  const message = page.getByTestId("sweep-message");
  await expect(message).toHaveText(/^Cancelled: \d+ of 12 points had finished; they are kept in this browser, so Run resumes from them\.$/);
  const kept = Number(/(\d+) of 12/.exec((await message.textContent())!)![1]);
  expect(kept).toBeGreaterThan(0);
  expect(kept).toBeLessThan(12);
  await page.locator("summary", { hasText: /^Files and Slurm$/ }).click();
  await page.getByRole("button", { name: "Link to this sweep" }).click();
  await page.goto(await page.getByLabel("Sweep link").inputValue());
  await expect(page.getByTestId("sweep-point-count")).toHaveText("Points: 12 (12 cells × 1 repeat)");
  await page.getByRole("button", { name: "Run sweep" }).click();
  await expect(message).toHaveText(new RegExp(`^Finished: 12 points \\(${kept} from this browser's cache, ${12 - kept} run\\) in [\\d.]+ s\\.$`), { timeout: 40_000 });
  await expect(page.locator('[data-testid="sweep-cell"][data-state="done"]')).toHaveCount(12);
});

test("one worker and two give the same results in the page (timing aside)", async ({ page }) => {
  test.setTimeout(60_000);
  await openLab(page);
  await openSweeps(page);
  await defineSmallSweep(page);
  let saved = "";
  const results = async (workers: string) => {
    await page.getByLabel("Workers (blank: every core)").fill(workers);
    await page.getByRole("button", { name: "Forget cached points" }).click();
    await expect(page.getByTestId("sweep-message")).toHaveText(/^Forgot \d+ cached points? of sweep [0-9a-f]{16}\.$/);
    await page.getByRole("button", { name: "Run sweep" }).click();
    await expect(page.getByTestId("sweep-message")).toHaveText(/^Finished: 4 points \(0 from this browser's cache, 4 run\) in [\d.]+ s\.$/, { timeout: 40_000 });
    console.log(`${workers} worker(s): ${await page.getByTestId("sweep-message").textContent()}`);
    const [d] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download results (JSON)" }).click()]);
    saved = (await d.path())!;
    const doc = JSON.parse(readFileSync(saved, "utf8"));
    return JSON.stringify({ ...doc, timing: undefined, points: doc.points.map(({ ms: _, ...p }: { ms: number }) => p) });
  };
  const one = await results("1");
  const two = await results("2");
  expect(two).toBe(one);
  expect(JSON.parse(one).points).toHaveLength(4);
  // the downloaded results load back as a merged result
  await page.locator("summary", { hasText: /^Files and Slurm$/ }).click();
  await page.getByLabel("Load merged results").setInputFiles({ name: "merged.json", mimeType: "application/json", buffer: readFileSync(saved) });
  await expect(page.getByTestId("sweep-message")).toHaveText(/^Loaded merged\.json: sweep [0-9a-f]{16}, 4 of 4 points\.$/);
  await expect(page.getByRole("heading", { name: /^Loaded results: sweep [0-9a-f]{16}, 4 of 4 points$/ })).toBeVisible();
  await expect(page.locator('[data-testid="sweep-cell"][data-state="done"]')).toHaveCount(4);
  await page.getByLabel("Workers (blank: every core)").fill("0");
  await page.getByRole("button", { name: "Run sweep" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "workers: a whole number from 1 to 64 (blank: every core), got '0'" })).toBeVisible();
});
