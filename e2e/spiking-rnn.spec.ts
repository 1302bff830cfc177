/**
 * The Spiking RNN tab (issue 14): Go-NoGo (N = 60, for this slow shared box) trained in the page for a few hundred trials, with the
 * loss falling in the numbers the page shows, Pause and Resume; a bad model file refused without
 * touching the training; the committed N = 60 Go-NoGo model loaded and converted on a short grid,
 * with a hover value read off the accuracy-vs-s chart and the views at the best s.
 */
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { openLab } from "./helpers";

const FIXTURE = "test/fixtures/rate-rnn/gonogo-n60-seed0.json";

async function openTab(page: Page): Promise<void> {
  await page.locator("summary", { hasText: /^Experiments$/ }).click();
  await page.locator(".menu-items").getByRole("button", { name: "Spiking RNN" }).click();
  await expect(page.getByRole("tab", { name: "Spiking RNN", selected: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "1. Train a rate RNN" })).toBeVisible();
}

/** Hover point `i` of trace `t` of the plotly chart in `chart` and return the hover label's text. */
async function hover(page: Page, chart: Locator, t: number, i: number): Promise<string> {
  await expect(chart.locator(".main-svg").first()).toBeVisible();
  await chart.scrollIntoViewIfNeeded();
  const at = await chart.evaluate((gd: any, [t, i]) => {
    const fl = gd._fullLayout, tr = gd.data[t], r = gd.getBoundingClientRect();
    return { x: r.left + fl._size.l + fl.xaxis.l2p(tr.x[i]), y: r.top + fl._size.t + fl.yaxis.l2p(tr.y[i]) };
  }, [t, i]);
  await page.mouse.move(at.x - 3, at.y - 3);
  await page.mouse.move(at.x, at.y);
  const label = chart.locator(".hoverlayer .hovertext").first();
  await expect(label).toBeVisible();
  return (await label.textContent()) ?? "";
}

const num = async (page: Page, id: string) => Number((await page.getByTestId(id).textContent())!.replace(/,/g, ""));

test("trains Go-NoGo (N = 60) for 300 trials in the page: the loss falls, pause and resume, curves and τ", async ({ page }) => {
  test.setTimeout(90_000);
  await openLab(page);
  await openTab(page);
  await page.getByLabel("Units N").fill("60");
  await page.getByLabel("Trial cap").fill("300");
  await page.getByRole("button", { name: "Train", exact: true }).click();
  await expect(page.getByTestId("rnn-message")).toContainText(/Training \d+ E \+ \d+ I units/);
  await expect.poll(() => num(page, "rnn-trials"), { timeout: 30_000 }).toBeGreaterThan(20);
  await page.getByRole("button", { name: "Pause" }).click();
  await expect(page.getByTestId("rnn-message")).toHaveText(/^Paused after [\d,]+ trials\.$/);
  const paused = await num(page, "rnn-trials");
  await page.waitForTimeout(500);
  expect(await num(page, "rnn-trials")).toBe(paused);
  await page.getByRole("button", { name: "Resume" }).click();
  await expect(page.getByTestId("rnn-message")).toHaveText(/^Stopped at the trial cap \(300 trials, [\d.]+ s\) without meeting the stopping rule\. Last evaluation \(after trial 202\)/, { timeout: 60_000 });
  const first = await num(page, "rnn-first-loss"), last = await num(page, "rnn-last-loss");
  const early = await num(page, "rnn-early-loss"), late = await num(page, "rnn-late-loss");
  console.log(`[spiking-rnn] ${await page.getByTestId("rnn-message").textContent()}`);
  console.log(`[spiking-rnn] eval loss ${first} → ${last}; mean training loss trials 1–50 ${early} → last 50 ${late}`);
  // The criterion: the evaluation loss (mean over 100 fresh trials) falls. The 50-trial means of the
  // batch-1 training loss are logged, not asserted: Go and NoGo trials alternate at random, and at
  // N = 60 they did not fall over 300 trials (5.153 → 5.430; at N = 100: 8.224 → 6.368).
  expect(last).toBeLessThan(first);
  expect(Number.isFinite(early) && Number.isFinite(late)).toBe(true);
  expect(await hover(page, page.getByTestId("rnn-loss-chart"), 1, 0)).toMatch(/^after trial 2: mean loss \d+\.\d{3}, accuracy \d\.\d\d$/);
  await expect(page.getByTestId("rnn-numbers")).toContainText(/τ now \d+\.\d ± \d+\.\d ms/);
  await expect(page.getByTestId("rnn-spectrum-note")).toContainText("one real outlier");
  for (const id of ["rnn-accuracy-chart", "rnn-output-chart", "rnn-tau-chart", "rnn-spectrum-chart"]) await expect(page.getByTestId(id).locator(".main-svg").first()).toBeVisible();
  // Each training chart has a short title above it.
  for (const [id, title] of [["rnn-loss-chart", "Loss per trial"], ["rnn-accuracy-chart", "Evaluation accuracy"], ["rnn-output-chart", "Latest trial: output vs target"], ["rnn-tau-chart", "τ histogram: at init and now"], ["rnn-spectrum-chart", "W_eff spectrum at init"]]) {
    await expect(page.getByTestId(`${id}-title`)).toHaveText(title);
  }
  const [dl] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Save model (JSON)" }).click()]);
  expect(dl.suggestedFilename()).toBe("rate-rnn-go-nogo-n60-seed0-tr300.json");
});

test("a bad or foreign model file is refused with its message while the training goes on", async ({ page }) => {
  test.setTimeout(90_000);
  await openLab(page);
  await openTab(page);
  await page.getByLabel("Units N").fill("40");
  await page.getByRole("button", { name: "Train", exact: true }).click();
  await expect.poll(() => num(page, "rnn-trials"), { timeout: 30_000 }).toBeGreaterThan(0);
  const foreign = join(tmpdir(), "sorn-run-not-a-model.json");
  writeFileSync(foreign, JSON.stringify({ format: "sorn-lab/run", version: 1 }));
  await page.getByLabel("Load a model file").setInputFiles(foreign);
  await expect(page.getByTestId("rnn-load-error")).toHaveText('sorn-run-not-a-model.json: not a rate-RNN model file (expected "format": "sorn-lab/rate-rnn", got "sorn-lab/run"). Nothing was changed.');
  const broken = join(tmpdir(), "sorn-broken-model.json");
  writeFileSync(broken, '{"format": "sorn-lab/rate-rnn", "version": 1, "task": "go-nogo"');
  await page.getByLabel("Load a model file").setInputFiles(broken);
  await expect(page.getByTestId("rnn-load-error")).toContainText(/^sorn-broken-model\.json: not a JSON file \(/);
  const before = await num(page, "rnn-trials");
  await expect.poll(() => num(page, "rnn-trials")).toBeGreaterThan(before);
  await expect(page.getByRole("radio", { name: /the training above, as it stands \(go-nogo, N = 40/ })).toBeChecked();
  await page.getByRole("button", { name: "Pause" }).click();
  await expect(page.getByTestId("rnn-message")).toHaveText(/^Paused after [\d,]+ trials\.$/);
});

test("before any run the charts take no room; a refused network's message goes when N changes", async ({ page }) => {
  await openLab(page);
  await openTab(page);
  // No training, no conversion: no empty chart boxes under Train or Convert.
  for (const id of ["rnn-loss-chart", "rnn-spectrum-chart", "rnn-accuracy-s-chart"]) await expect(page.getByTestId(id)).toHaveCount(0);
  const convert = page.getByRole("button", { name: "Convert" });
  const gap = await page.evaluate(() => {
    const b = [...document.querySelectorAll("button")].find((x) => x.textContent === "Convert")!.getBoundingClientRect();
    const sec = document.querySelector("section[aria-labelledby=rnn-convert-h]")!.getBoundingClientRect();
    return sec.bottom - b.bottom;
  });
  expect(gap).toBeLessThan(80);
  await expect(convert).toBeVisible();
  await page.getByLabel("Units N").fill("3");
  await page.getByRole("button", { name: "Train", exact: true }).click();
  await expect(page.getByTestId("rnn-message")).toHaveText(/^The network could not be made: n: N = 3 is too small/);
  for (const bad of ["2.5", "-5"]) {
    await page.getByLabel("Units N").fill(bad);
    await expect(page.getByTestId("rnn-message")).toHaveText("");
    await page.getByRole("button", { name: "Train", exact: true }).click();
    await expect(page.locator("#rnn-n-error")).toHaveText(`n: must be an integer in [2, 4000], got '${bad}'`);
    await expect(page.getByTestId("rnn-message")).toHaveText("");
  }
});

test("the committed N = 60 Go-NoGo model loads and converts on a short grid: accuracy vs s with hover values, the views at the best s", async ({ page }) => {
  test.setTimeout(90_000);
  await openLab(page);
  await openTab(page);
  await page.getByLabel("Load a model file").setInputFiles(FIXTURE);
  await expect(page.getByRole("radio", { name: /a model file: gonogo-n60-seed0\.json \(go-nogo, N = 60, sigmoid, 1,502 trials, success, last accuracy 1\.00\)/ })).toBeChecked();
  await page.getByLabel("Grid of s (from:step:to)").fill("10:10:30");
  await page.getByLabel("Trials per s").fill("4");
  const c0 = Date.now();
  await page.getByRole("button", { name: "Convert" }).click();
  await expect(page.getByTestId("rnn-convert-progress")).toBeVisible();
  await expect(page.getByTestId("rnn-convert-message")).toHaveText(/^Finished: \d+ values of s × 4 trials in [\d.]+ s\.$/, { timeout: 60_000 });
  await expect(page.getByTestId("rnn-convert-summary")).toContainText(/^gonogo-n60-seed0\.json: best s = \d+ \(λ = 1\/\d+\), LIF accuracy [01]\.\d\d over 4 trials/);
  // Seed 0's 4 trials score 0.50 at s = 10, 20 and 30: the tie goes to s = 10, the low edge, past which s would be 0.
  await expect(page.getByTestId("rnn-convert-summary")).toContainText("best s = 10 (λ = 1/10), LIF accuracy 0.50 over 4 trials");
  await expect(page.getByTestId("rnn-convert-summary")).toContainText("The best s sat at the low edge of the grid as given; the grid could not be extended on that side (the next s would be ≤ 0), and s* is at the low edge still.");
  const tip = await hover(page, page.getByTestId("rnn-accuracy-s-chart"), 0, 0);
  console.log(`[spiking-rnn] ${await page.getByTestId("rnn-convert-message").textContent()} hover: ${tip}`);
  // The point, or the best s's star drawn on it (the same text, then "the best s").
  expect(tip).toMatch(/^s = \d+ \(λ = 1\/\d+\): accuracy [01]\.\d\d \([0-4]\/4\), \d+\.\d Hz(: the best s \(ties go to the smaller s\))?$/);
  for (const id of ["rnn-raster-chart", "rnn-lif-output-chart", "rnn-rates-chart"]) await expect(page.getByTestId(id).locator(".main-svg").first()).toBeVisible({ timeout: 30_000 });
  console.log(`[spiking-rnn] Convert to the views at the best s: ${((Date.now() - c0) / 1000).toFixed(1)} s`);
  await expect(page.getByTestId("rnn-rates-note")).toContainText(/^4 trials \(\d correct\)\. Per unit, rate unit vs LIF unit: Pearson r = -?\d\.\d\d over 60 units\.$/);
  // The conversion's controls and texts; plotly's chart internals (thousands of raster marks) are left out.
  const axe = await new AxeBuilder({ page }).include("section[aria-labelledby=rnn-convert-h]").exclude(".exp-chart").analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
