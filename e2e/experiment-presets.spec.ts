/**
 * The Experiments view's lognormal, order-vs-chaos and random-sequence tabs at tiny sizes (one
 * seed, the quick size): each run shows its progress, then its charts (plotly, a hover label read
 * at a data point), its criteria (PASS / FAIL or what the run needs) and its JSON download; a long
 * run is cancelled. The SORN run is not disturbed.
 */
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { openLab, shownStep } from "./helpers";

async function openExperiment(page: Page, name: string): Promise<void> {
  await page.locator("summary", { hasText: /^Experiments$/ }).click();
  await page.locator(".menu-items").getByRole("button", { name }).click();
  await expect(page.getByRole("tab", { name, selected: true })).toBeVisible();
}

/** Move the mouse onto point `i` of trace `t` (−1: its highest) of the plotly chart in `chart` (bars: half-way up) and return the hover label's text. */
async function hover(page: Page, chart: Locator, t: number, i: number): Promise<string> {
  await expect(chart.locator(".main-svg").first()).toBeVisible();
  await chart.scrollIntoViewIfNeeded();
  const at = await chart.evaluate((gd: any, [t, j]) => {
    const fl = gd._fullLayout, tr = gd.data[t], r = gd.getBoundingClientRect();
    const i = j >= 0 ? j : tr.y.indexOf(Math.max(...tr.y));
    const y = tr.type === "bar" ? tr.y[i] / 2 : tr.y[i];
    // d2l first: on a log axis l2p takes log₁₀ of the value (identity on a linear one)
    return { x: r.left + fl._size.l + fl.xaxis.l2p(fl.xaxis.d2l(tr.x[i])), y: r.top + fl._size.t + fl.yaxis.l2p(fl.yaxis.d2l(y)) };
  }, [t, i]);
  await page.mouse.move(at.x - 3, at.y - 3);
  await page.mouse.move(at.x, at.y);
  const label = chart.locator(".hoverlayer .hovertext").first();
  await expect(label).toBeVisible();
  return (await label.textContent()) ?? "";
}

async function download(page: Page): Promise<{ name: string; doc: any }> {
  const [d] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download results (JSON)" }).click()]);
  return { name: d.suggestedFilename(), doc: JSON.parse(readFileSync((await d.path())!, "utf8")) };
}

test("lognormal weights: one quick seed shows progress, the fraction per seed and the log10 w histogram with hover values, C21's needs and the JSON", async ({ page }) => {
  test.setTimeout(150_000);
  await openLab(page);
  await openExperiment(page, "Lognormal weights");
  await expect(page.locator(".exp-lognormal")).toContainText("σ = √0.05 ≈ 0.2236");
  await expect(page.locator(".exp-lognormal")).toContainText("the sorn package's default is 0.04");
  await expect(page.getByRole("radio", { name: /^Quick: .*not the paper protocol/ })).toBeChecked();
  await page.getByLabel("Seeds").fill("1");
  await page.getByRole("checkbox", { name: /^Follow the weight lifetimes/ }).check();
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(page.getByTestId("lognormal-progress")).toHaveText(/^\d+ % · 0 of 1 jobs done$/);
  await expect(page.getByTestId("lognormal-message")).toHaveText(/^Finished: 1 job in [\d.]+ s \(quick size\)\.$/, { timeout: 120_000 });
  const fraction = page.getByTestId("lognormal-fraction-chart");
  expect(await hover(page, fraction, 0, 10)).toMatch(/^seed 0step 10,000: connection fraction 0\.\d{4}$/);
  expect(await hover(page, fraction, 1, 0)).toMatch(/^seed 0step [\d,]+: connection fraction 0\.\d{4} \(the minimum; c\(T\)\/min = \d+\.\d\d\)$/);
  await expect(page.getByTestId("lognormal-dip")).toContainText(/^This run \(1 seed, 50,000 steps\): the fraction went from 0\.\d{4} at step 1,000 to a minimum of/);
  const histogram = page.getByTestId("lognormal-histogram-chart");
  expect(await hover(page, histogram, 0, -1)).toMatch(/^log₁₀ w in \[-[01]\.\d0, -?[01]\.\d0\): [1-9]\d* weights?\(w 0\.\d+–/);
  await expect(histogram.locator(".legendtext").nth(1)).toHaveText(/^fitted normal: log₁₀ w ~ N\(/);
  const lifetimes = page.getByTestId("lognormal-lifetime-chart");
  expect(await hover(page, lifetimes, 0, 0)).toMatch(/^seed 0lifetime [\d,]+–[\d,]+ steps: \d+ synapses$/);
  const lifeRow = page.getByTestId("lognormal-lifetimes").locator("tbody tr");
  await expect(lifeRow).toHaveCount(1);
  await expect(lifeRow.locator("td").first()).toHaveText("0");
  const c21 = page.locator("tr[data-status]");
  await expect(c21).toHaveCount(3);
  await expect(c21.first()).toContainText("needs runs of ≥ 1.2·10⁵ steps (the full size: 2·10⁵); this run has 50,000");
  const axe = await new AxeBuilder({ page }).include(".experiments").analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  const { name, doc } = await download(page);
  expect(name).toBe("sorn-lognormal-quick-1seeds.json");
  expect(doc).toMatchObject({ preset: "lognormal", settings: { seeds: 1, steps: 50_000, noiseSigma: Math.sqrt(0.05), size: "quick" } });
  expect(doc.results.map((r: { seed: number }) => r.seed)).toEqual([0]);
  expect(doc.settings.lifetimes).toBe(true);
  expect(doc.results[0].lifetimes.births).toBeGreaterThan(0);
  expect(await lifeRow.locator("td").nth(1).textContent()).toBe(doc.results[0].lifetimes.births.toLocaleString("en-US"));
  expect(await shownStep(page)).toBe(0);
});

test("order vs chaos: static and SORN, one quick seed: mean d(t) with hover values, flips dead at H, C22's needs", async ({ page }) => {
  test.setTimeout(120_000);
  await openLab(page);
  await openExperiment(page, "Order vs chaos");
  await page.getByLabel("Seeds").fill("1");
  await page.getByRole("checkbox", { name: /^ip:/ }).uncheck();
  await page.getByRole("checkbox", { name: /^spontaneous:/ }).uncheck();
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(page.getByTestId("perturbation-progress")).toHaveText(/^\d+ % · 0 of 2 jobs done$/);
  await expect(page.getByTestId("perturbation-message")).toHaveText(/^Finished: 2 jobs in [\d.]+ s \(quick size\)\.$/, { timeout: 90_000 });
  const chart = page.getByTestId("perturbation-chart");
  expect(await hover(page, chart, 0, 10)).toMatch(/^SORN \(STDP \+ IP \+ SS\), counting input \(n = 8\)t = 10: mean d = \d+\.\d{3} \(1 seed\)$/);
  await expect(page.getByTestId("perturbation-dead-row")).toHaveCount(2);
  await expect(page.getByTestId("perturbation-dead-row").first()).toContainText(/\d+ % \(\d+–\d+ %\)/);
  await expect(page.locator("tr[data-status='NEEDS']").first()).toContainText("needs ≥ 5 seeds of static with the counting input");
  await expect(page.locator(".exp-perturbation")).toContainText("not an \"edge of chaos\"");
  const { name, doc } = await download(page);
  expect(name).toBe("sorn-perturbation-quick-1seeds.json");
  expect(doc.results.map((r: { condition: string }) => r.condition)).toEqual(["sorn", "static"]);
  expect(doc.summary).toHaveLength(2);
});

test("random-sequence memory: SORN, one quick seed: perf(k) with the chance line and hover values, memory capacity, C23", async ({ page }) => {
  test.setTimeout(120_000);
  await openLab(page);
  await openExperiment(page, "Random-sequence memory");
  await page.getByLabel("Seeds").fill("1");
  await page.getByRole("checkbox", { name: /^static:/ }).uncheck();
  await page.getByRole("checkbox", { name: /^ip:/ }).uncheck();
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(page.getByTestId("rs-progress")).toHaveText(/^\d+ % · 0 of 1 jobs done$/);
  await expect(page.getByTestId("rs-message")).toHaveText(/^Finished: 1 job in [\d.]+ s \(quick size\)\.$/, { timeout: 90_000 });
  const chart = page.getByTestId("rs-chart");
  expect(await hover(page, chart, 1, 0)).toMatch(/^SORN \(STDP \+ IP \+ SS\), disjoint pools, least squaresk = 0: perf = [01]\.\d{3} ± 0\.000 \(sd, 1 seed\)MC = \d+\.\d\d$/);
  await expect(chart.locator(".legendtext").first()).toHaveText("chance 1/A = 0.100");
  await expect(page.getByTestId("rs-capacity-row")).toHaveCount(1);
  const c23 = page.locator("tr[data-status]");
  await expect(c23).toHaveCount(2);
  await expect(c23.first().locator("td").first()).toHaveText(/^(PASS|FAIL)$/);
  await expect(c23.first()).toContainText("(1 runs)");
  const { name, doc } = await download(page);
  expect(name).toBe("sorn-random-sequence-quick-1seeds.json");
  expect(doc.results[0].perf).toHaveLength(20);
});

test("a full lognormal run can be cancelled; the tab stays usable", async ({ page }) => {
  await openLab(page);
  await openExperiment(page, "Lognormal weights");
  await page.getByLabel("Seeds").fill("0");
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "seeds: a whole number from 1 to 100 (seeds 0…K−1), got '0'" })).toBeVisible();
  await page.getByLabel("Seeds").fill("2");
  await page.getByRole("radio", { name: /^Full:/ }).check();
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(page.getByTestId("lognormal-progress")).toHaveText(/^\d+ % · 0 of 2 jobs done$/);
  await expect.poll(() => page.locator(".exp-progress progress").evaluate((p: HTMLProgressElement) => p.value), { timeout: 30_000 }).toBeGreaterThan(0);
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByTestId("lognormal-message")).toHaveText("Cancelled: 0 of 2 jobs had finished; their rows are not kept.");
  await expect(page.getByTestId("lognormal-progress")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Run", exact: true })).toBeEnabled();
  await page.getByRole("tab", { name: "Order vs chaos" }).click();
  await expect(page.getByRole("button", { name: "Run", exact: true })).toBeEnabled();
});
