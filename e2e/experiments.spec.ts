/**
 * The Experiments view: the cart-pole animation (the pole's angle on the canvas changes between
 * frames; C8's pixel probes on a start state set through the view's field; C4's warning), and the
 * counting runner (progress and Cancel; a finished run's n-sweep chart with plotly's hover
 * label, C19's needs and the JSON download). The SORN run is not disturbed by any of it.
 */
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { openLab, shownStep, stepN } from "./helpers";

async function violations(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page }).include(".experiments").analyze();
  return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join("; ")})`);
}

async function openExperiment(page: Page, name: "Cart-pole" | "Counting task"): Promise<void> {
  await page.locator("summary", { hasText: /^Experiments$/ }).click();
  await page.locator(".menu-items").getByRole("button", { name }).click();
  await expect(page.getByRole("heading", { name: "Experiments" })).toBeVisible();
  await expect(page.getByRole("tab", { name, selected: true })).toBeVisible();
}

type Probe = { pole: { x: number; y: number; n: number }; poleTopX: number; cartCols: [number, number]; cartRows: [number, number]; axle: [number, number, number]; poleRowWidth: number; poleTop: number };

/** Pixel probes of the cart-pole canvas (in Gymnasium's 600 × 400 px, the canvas scaled by its pixel ratio). */
function probe(page: Page): Promise<Probe> {
  return page.getByTestId("cartpole-canvas").evaluate((c: HTMLCanvasElement) => {
    const k = c.width / 600;
    const data = c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data;
    const at = (x: number, y: number) => {
      const i = 4 * (Math.floor(y * k) * c.width + Math.floor(x * k));
      return [data[i], data[i + 1], data[i + 2]];
    };
    const is = (p: number[], rgb: number[]) => p[0] === rgb[0] && p[1] === rgb[1] && p[2] === rgb[2];
    const POLE = [202, 152, 101], AXLE = [129, 132, 203], BLACK = [0, 0, 0];
    let sx = 0, sy = 0, n = 0, top = 400, topX = 0;
    for (let y = 0; y < 400; y++)
      for (let x = 0; x < 600; x++)
        if (is(at(x, y), POLE)) {
          sx += x; sy += y; n++;
          if (y < top) (top = y), (topX = x);
        }
    // The cart: black columns in row 310 (below the track line at 300 and the pole's foot); black rows in column 280.
    const cols = [...Array(600).keys()].filter((x) => is(at(x, 310), BLACK));
    const rows = [...Array(400).keys()].filter((y) => is(at(280, y), BLACK) && y > 250);
    const rowWidth = [...Array(600).keys()].filter((x) => is(at(x, 230), POLE)).length;
    const colTop = [...Array(400).keys()].find((y) => is(at(297, y), POLE))!;
    const a = at(300, 292);
    return { pole: { x: sx / n, y: sy / n, n }, poleTopX: topX, cartCols: [cols[0], cols[cols.length - 1]], cartRows: [rows[0], rows[rows.length - 1]], axle: [a[0], a[1], a[2]], poleRowWidth: rowWidth, poleTop: colTop } as Probe;
  });
}

/** The pole's angle on the canvas: from the axle to the centroid of its pixels (radians, right = positive). */
async function canvasAngle(page: Page): Promise<number> {
  const p = await probe(page);
  const cart = (p.cartCols[0] + p.cartCols[1] + 1) / 2;
  return Math.atan2(p.pole.x - cart, 292.5 - p.pole.y);
}

async function setStart(page: Page, text: string): Promise<void> {
  const field = page.getByLabel("Start state x, ẋ, θ, θ̇");
  await field.fill(text);
  await field.press("Enter");
}

test("the cart-pole view animates, draws Gymnasium's geometry (C8) and warns on a step after termination (C4)", async ({ page }) => {
  await openLab(page);
  await stepN(page, 10);
  await openExperiment(page, "Cart-pole");
  const canvas = page.getByTestId("cartpole-canvas");
  await expect(canvas).toHaveAttribute("data-frame", "1:0");

  // C8 on known states, set through the start-state field (paused).
  await setStart(page, "0, 0, 0, 0");
  let p = await probe(page);
  expect((p.cartCols[0] + p.cartCols[1] + 1) / 2).toBe(300);
  expect(p.cartCols[1] - p.cartCols[0] + 1).toBe(50);
  expect(p.cartRows[1] - p.cartRows[0] + 1).toBe(30);
  expect(p.axle).toEqual([129, 132, 203]);
  expect(p.poleRowWidth).toBe(10);
  // The pole reaches 120 px above the axle (y 292.5 → 172.5: row 173 is the first wholly covered), 5 below it: 125 px.
  expect(p.poleTop).toBe(173);
  await setStart(page, "1, 0, 0, 0");
  p = await probe(page);
  expect((p.cartCols[0] + p.cartCols[1] + 1) / 2).toBe(425);
  await setStart(page, "0, 0, 0.1, 0");
  p = await probe(page);
  expect(p.poleTopX).toBeGreaterThan(300);
  expect(await canvasAngle(page)).toBeCloseTo(0.1, 1);

  // Bad start state: said at the field, the episode kept.
  await setStart(page, "0, 0, nope, 0");
  await expect(page.getByRole("alert").filter({ hasText: "start state: 'nope' is not a finite number" })).toBeVisible();
  expect(await canvasAngle(page)).toBeCloseTo(0.1, 1);

  // Random actions from reset(seed 0): the pole's angle changes between frames while playing.
  await setStart(page, "");
  const a0 = await canvasAngle(page);
  await page.getByRole("button", { name: "Play cart-pole" }).click();
  await expect.poll(async () => Math.abs((await canvasAngle(page)) - a0), { timeout: 5000 }).toBeGreaterThan(0.02);
  const frames = new Set<string>();
  // One frame per environment step (50 steps/s); an ended episode holds its last frame 0.6 s.
  for (let i = 0; i < 12; i++) {
    frames.add((await canvas.getAttribute("data-frame"))!);
    await page.waitForTimeout(100);
  }
  expect(frames.size).toBeGreaterThan(3);
  await page.getByRole("button", { name: "Pause cart-pole" }).click();

  // C4: step the episode to its end, then once more: Gymnasium's warning.
  await page.getByRole("button", { name: "Reset cart-pole" }).click();
  const status = page.getByTestId("cartpole-status");
  for (let i = 0; i < 200 && !/ended after/.test((await status.textContent()) ?? ""); i++) await page.getByRole("button", { name: "Step cart-pole" }).click();
  await expect(status).toHaveText(/Episode 1 ended after \d+ steps: terminated: /);
  await expect(page.getByTestId("cartpole-warning")).toHaveCount(0);
  await page.getByRole("button", { name: "Step cart-pole" }).click();
  await expect(page.getByTestId("cartpole-warning")).toHaveText(/Step after termination: You are calling 'step\(\)' even though this environment has already returned terminated = True/);

  expect(await violations(page), "cart-pole view").toEqual([]);
  if (process.env.EXP_SHOTS) await page.locator(".experiments").screenshot({ path: `${process.env.EXP_SHOTS}/cartpole.png` });

  // The SORN run was not touched, and still steps.
  expect(await shownStep(page)).toBe(10);
  await page.getByRole("button", { name: "Close experiments" }).click();
  await stepN(page, 5);
});

test("a counting run shows its progress and can be cancelled; bad settings are refused at the field", async ({ page }) => {
  await openLab(page);
  await openExperiment(page, "Counting task");
  await page.getByLabel("n values").fill("4, 0");
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "n: every value must be a positive integer, got '0'" })).toBeVisible();
  await expect(page.getByTestId("counting-progress")).toHaveCount(0);

  await page.getByLabel("n values").fill("4");
  await page.getByLabel("Seeds").fill("2");
  await page.getByRole("checkbox", { name: /^static:/ }).uncheck();
  await page.getByRole("checkbox", { name: /^ip:/ }).uncheck();
  await page.getByRole("radio", { name: /^Full:/ }).check();
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(page.getByTestId("counting-progress")).toHaveText(/^\d+ % · 0 of 2 jobs done$/);
  await expect.poll(() => page.locator(".exp-progress progress").evaluate((p: HTMLProgressElement) => p.value), { timeout: 20_000 }).toBeGreaterThan(0);
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByTestId("counting-message")).toHaveText(/^Cancelled: [01] of 2 jobs had finished; their rows are not kept\.$/);
  await expect(page.getByTestId("counting-progress")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Run", exact: true })).toBeEnabled();
  // The lab stays usable.
  await stepN(page, 20);
  await page.getByRole("tab", { name: "Cart-pole" }).click();
  await page.getByRole("button", { name: "Step cart-pole" }).click();
  await expect(page.getByTestId("cartpole-canvas")).toHaveAttribute("data-frame", "1:1");
});

test("a finished counting run shows the n-sweep chart with hover values, C19's needs and a JSON download", async ({ page }) => {
  test.setTimeout(120_000);
  await openLab(page);
  await openExperiment(page, "Counting task");
  await page.getByLabel("n values").fill("4");
  await page.getByLabel("Seeds").fill("2");
  await page.getByRole("checkbox", { name: /^static:/ }).uncheck();
  await page.getByRole("checkbox", { name: /^ip:/ }).uncheck();
  await page.getByRole("checkbox", { name: /^R:/ }).uncheck();
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(page.getByTestId("counting-message")).toHaveText(/^Finished: 2 jobs in [\d.]+ s \(quick size\)\.$/, { timeout: 60_000 });
  const chart = page.getByTestId("counting-chart");
  await expect(chart.locator(".main-svg").first()).toBeVisible();
  // Two seed dots and one mean diamond for the one condition.
  const dots = chart.locator(".scatterlayer .trace").nth(2).locator(".points path");
  await expect(dots).toHaveCount(2);
  await dots.first().hover({ force: true });
  await expect(chart.locator(".hoverlayer .hovertext")).toContainText(/SORN \(STDP \+ IP \+ SS\)n = 4, seed [01]perf_last = [01]\.\d{3}/);
  await page.getByLabel("Metric").selectOption("perf_reduced");
  await expect(chart.locator(".ytitle")).toHaveText(/perf_reduced/);
  await expect(page.locator("tr[data-status='NEEDS']").first()).toContainText("needs n = 8 and ≥ 10 seeds");
  expect(await violations(page), "counting results").toEqual([]);
  if (process.env.EXP_SHOTS) await page.locator(".experiments").screenshot({ path: `${process.env.EXP_SHOTS}/counting.png` });
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download results (JSON)" }).click()]);
  expect(download.suggestedFilename()).toBe("sorn-counting-quick-n4-2seeds.json");
  const doc = JSON.parse(readFileSync((await download.path())!, "utf8"));
  expect(doc.results.map((r: { seed: number }) => r.seed)).toEqual([0, 1]);
  expect(doc.settings).toMatchObject({ n: [4], seeds: 2, conditions: ["sorn"], readouts: ["X"], size: "quick", stepsPlastic: 5000 });
});
