/**
 * The Spikey networks tab (issue 17): a network built from the part pickers (a part swapped in
 * and its generated form shown, a bad key refused by name while nothing is built), E1 run for a
 * few hundred patterns in its worker with the reward strip and the rate table read from the DOM,
 * the network spec downloaded as JSON, the Fig. 1 panel's curve with its final weight and the
 * STDP-kernel explorer's MSTDP window.
 */
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { openLab } from "./helpers";

const PATTERNS = 200;

async function openTab(page: Page): Promise<void> {
  await page.locator("summary", { hasText: /^Experiments$/ }).click();
  await page.locator(".menu-items").getByRole("button", { name: "Spikey networks" }).click();
  await expect(page.getByRole("tab", { name: "Spikey networks", selected: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "1. Build a network from parts" })).toBeVisible();
}

const text = async (page: Page, id: string) => (await page.getByTestId(id).textContent()) ?? "";
const num = async (page: Page, id: string) => Number((await text(page, id)).replace(/,/g, ""));

/** Pick E1's parts in the pickers (after a detour through another neuron) and build; a bad key first is refused by name. */
async function buildE1FromParts(page: Page): Promise<void> {
  await page.getByLabel("Preset", { exact: true }).selectOption("e1-rate-xor");
  // Swap the neuron part: its own keys appear, generated from its schema.
  await page.getByLabel("neurons part").selectOption("Izhikevich");
  await expect(page.locator("legend", { hasText: "neurons: Izhikevich" })).toBeVisible();
  await page.getByLabel("neurons part").selectOption("LIF");
  await expect(page.locator("legend", { hasText: "neurons: LIF" })).toBeVisible();
  for (const [slot, part] of [["inputs", "RateMap"], ["weights", "Random"], ["synapses", "RLSTDP"], ["readout", "Threshold"], ["rewarder", "FlorianPerSpike"]]) {
    await page.getByLabel(`${slot} part`).selectOption(part);
  }
  await page.getByLabel("firing_threshold", { exact: true }).fill("sixteen");
  await page.getByRole("button", { name: "Build network" }).click();
  await expect(page.getByTestId("spikey-build-message")).toHaveText("Not built: firing_threshold: must be a finite number, got 'sixteen'");
  await expect(page.locator("#spikey-key-firing_threshold-error")).toHaveText("firing_threshold: must be a finite number, got 'sixteen'");
  await expect(page.getByRole("button", { name: "Run", exact: true })).toBeDisabled();
  await page.getByLabel("firing_threshold", { exact: true }).fill("16");
  await page.getByRole("button", { name: "Build network" }).click();
  await expect(page.getByTestId("spikey-run-message")).toContainText("Built 121 units (60 inputs, 61 neurons, the last 1 the outputs), 500 steps per pattern");
}

test("builds E1 from parts: a bad key refused by name, step by step / pattern / episode, the spec as JSON", async ({ page }) => {
  test.setTimeout(60_000);
  await openLab(page);
  await openTab(page);
  await buildE1FromParts(page);
  const controls = page.getByRole("group", { name: "Spikey run" });
  const step = controls.getByRole("button", { name: "Step", exact: true });
  await page.getByLabel("Step by").selectOption("step");
  await step.click();
  await expect.poll(() => num(page, "spikey-steps")).toBe(1);
  await step.click();
  await expect.poll(() => num(page, "spikey-steps")).toBe(2);
  expect(await num(page, "spikey-ticks")).toBe(0);
  await expect(page.getByTestId("spikey-raster")).toHaveAttribute("data-to", "1");
  await page.getByLabel("Step by").selectOption("tick");
  await step.click();
  await expect.poll(() => num(page, "spikey-ticks")).toBe(1);
  expect(await num(page, "spikey-steps")).toBe(500);
  await step.click();
  await expect.poll(() => num(page, "spikey-ticks")).toBe(2);
  await expect(page.getByTestId("spikey-raster")).toHaveAttribute("data-to", "999");
  await expect(page.getByTestId("spikey-weights")).toHaveAttribute("data-patterns", "2");
  const n = (await Promise.all(["00", "01", "10", "11"].map((s) => num(page, `spikey-n-${s}`)))).reduce((a, b) => a + b, 0);
  expect(n).toBe(2);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download spec (JSON)" }).click()]);
  const spec = JSON.parse(readFileSync((await download.path())!, "utf8"));
  expect(spec.format).toBe("sorn-lab-spikey-network");
  expect(spec.network.parts).toEqual({ inputs: "RateMap", neurons: "LIF", weights: "Random", synapses: "RLSTDP", readout: "Threshold", rewarder: "FlorianPerSpike" });
  expect(spec.network.params.firing_threshold).toBe(16);
  expect(download.suggestedFilename()).toBe(`spikey-network-${spec.hash}.json`);
});

test(`runs E1 for ${PATTERNS} patterns: the reward strip and the rate table update`, async ({ page }) => {
  test.setTimeout(60_000);
  await openLab(page);
  await openTab(page);
  await page.getByLabel("Preset", { exact: true }).selectOption("e1-rate-xor");
  await page.getByRole("button", { name: "Build network" }).click();
  await expect(page.getByTestId("spikey-run-message")).toContainText("Built 121 units");
  await page.getByLabel("Stop after patterns").fill(String(PATTERNS));
  const strip = page.getByTestId("spikey-raster");
  const t0 = Date.now();
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect.poll(() => num(page, "spikey-ticks"), { timeout: 10_000 }).toBeGreaterThan(0);
  const early = await num(page, "spikey-ticks");
  await expect.poll(async () => Number(await strip.getAttribute("data-to")), { timeout: 10_000 }).toBeGreaterThan(0);
  const firstTo = Number(await strip.getAttribute("data-to"));
  // A bad value while it runs: refused by name, and the running network goes on.
  await page.getByLabel("learning_rate", { exact: true }).fill("-1");
  await page.getByRole("button", { name: "Build network" }).click();
  await expect(page.getByTestId("spikey-build-message")).toHaveText("Not built: learning_rate: must be ≥ 0, got -1");
  const during = await num(page, "spikey-ticks");
  await expect.poll(() => num(page, "spikey-ticks"), { timeout: 10_000 }).toBeGreaterThan(during);
  await page.getByLabel("learning_rate", { exact: true }).fill("0.025");
  await expect.poll(() => num(page, "spikey-ticks"), { timeout: 50_000 }).toBe(PATTERNS);
  console.log(`[spikey] ${PATTERNS} E1 patterns (${PATTERNS * 500} ms simulated) in ${((Date.now() - t0) / 1000).toFixed(1)} s in the page`);
  await expect(page.getByTestId("spikey-run-message")).toContainText(`At pattern ${PATTERNS} (step ${PATTERNS * 500})`);
  expect(early).toBeLessThan(PATTERNS);
  // The reward strip moved on and shows both signs of FlorianPerSpike's per-spike reward.
  await expect.poll(async () => Number(await strip.getAttribute("data-to"))).toBe(PATTERNS * 500 - 1);
  expect(firstTo).toBeLessThan(PATTERNS * 500 - 1);
  expect(Number(await strip.getAttribute("data-reward-pos"))).toBeGreaterThan(0);
  expect(Number(await strip.getAttribute("data-reward-neg"))).toBeGreaterThan(0);
  // The rate table: every XOR state seen, its rate a number in [0, 1]; the counts add up to the patterns run.
  const rates: Record<string, number> = {};
  let n = 0;
  for (const s of ["00", "01", "10", "11"]) {
    rates[s] = await num(page, `spikey-rate-${s}`);
    n += await num(page, `spikey-n-${s}`);
    expect(rates[s]).toBeGreaterThanOrEqual(0);
    expect(rates[s]).toBeLessThanOrEqual(1);
  }
  expect(n).toBe(PATTERNS);
  console.log(`[spikey] rate table after ${PATTERNS} patterns: ${JSON.stringify(rates)}`);
  await expect(page.getByTestId("spikey-heat-map")).toBeVisible();
  await expect(page.getByTestId("spikey-weights")).toHaveAttribute("data-patterns", String(PATTERNS));
  // Two panels (input rows ~14,000, body rows ~120), each with nice ticks from 0 with thousands separators.
  const yTicks = (await page.getByTestId("spikey-weights").getAttribute("data-y-ticks")) ?? "";
  console.log(`[spikey] weight-sum y ticks: ${yTicks}`);
  expect(yTicks).toMatch(/^0 5,000 10,000 15,000( 20,000)? \| 0( \d{2,3}){2,6}$/);
});

test("the Fig. 1 panel draws Florian's MSTDPET curve with w(200 ms) = 0.32161", async ({ page }) => {
  test.setTimeout(60_000);
  await openLab(page);
  await openTab(page);
  const fig = page.getByTestId("spikey-fig1");
  const path = fig.locator('path[data-rule="mstdpet"]');
  await expect(path).toHaveAttribute("data-final", "0.32161");
  await expect(path).toHaveAttribute("data-peak", "0.41960");
  await expect(path).toHaveAttribute("data-peak-t", "140");
  expect(((await path.getAttribute("d")) ?? "").split("L")).toHaveLength(201);
  await expect(page.getByTestId("spikey-fig1-final-mstdpet")).toHaveText("0.32161");
  await expect(fig.locator('path[data-rule="mstdp"]')).toBeVisible();
  await expect(fig.locator('path[data-rule="spikey-rlstdp"]')).toBeVisible();
  await expect(page.getByTestId("spikey-fig1-pre")).toHaveCount(4);
  await expect(page.getByTestId("spikey-fig1-post")).toHaveCount(4);

  // The STDP-kernel explorer: MSTDP at Δt = +1 ms is e^(−1/20) = 0.9512; an inhibitory pre flips it.
  const mstdp = page.getByTestId("spikey-kernels").locator('path[data-rule="MSTDP"]');
  const at = async (dt: number) => Number(((await mstdp.getAttribute("data-dw")) ?? "").split(",")[30 + dt]);
  expect(await at(1)).toBe(0.9512);
  expect(await at(-1)).toBe(-0.9512);
  await page.getByLabel("inhibitory pre unit").check();
  await expect.poll(() => at(1)).toBe(-0.9512);
  await page.getByLabel("inhibitory pre unit").uncheck();

  // One colour per rule in both charts; MSTDP dashed (it lies on MSTDPET for one pairing); ticks with the minus sign.
  const kernels = page.getByTestId("spikey-kernels");
  const stroke = (l: Locator) => l.getAttribute("stroke");
  expect(await stroke(kernels.locator('path[data-rule="MSTDPET"]'))).toBe(await stroke(fig.locator('path[data-rule="mstdpet"]')));
  expect(await stroke(mstdp)).toBe(await stroke(fig.locator('path[data-rule="mstdp"]')));
  expect(await stroke(kernels.locator('path[data-rule="RLSTDP"]'))).toBe(await stroke(fig.locator('path[data-rule="spikey-rlstdp"]')));
  await expect(mstdp).toHaveAttribute("stroke-dasharray", /\d/);
  await expect(page.getByTestId("spikey-kernel-note")).toContainText(/MSTDP \(dashed\) and MSTDPET coincide to the eye: here they differ by at most 0\.00\d\d in ΔW/);
  const yTicks = await page.getByTestId("spikey-kernel-ytick").allTextContents();
  expect(yTicks).toContain("−1.0");
  expect(yTicks.join(" ")).not.toMatch(/-/);

  const axe = await new AxeBuilder({ page }).include(".exp-spikey").analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}: ${v.nodes[0]?.target})`)).toEqual([]);
});
