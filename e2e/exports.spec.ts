import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { readNpz } from "../src/models/io/npz";
import { runFromJson } from "../src/models/sorn/io/run-file";
import { runFromNpz } from "../src/models/sorn/io/run-npz";
import { readPngMetadata } from "../src/figures/pngmeta";
import { readSvgMetadata } from "../src/figures/svg";
import { openLab, stepN } from "./helpers";

/** Click something that downloads; return the file name and bytes. */
async function downloadOf(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), click()]);
  return { name: d.suggestedFilename(), bytes: readFileSync((await d.path())!) };
}

async function fromMenu(page: Page, menu: string, item: string) {
  return downloadOf(page, async () => {
    await page.locator("summary", { hasText: menu }).click();
    await page.getByRole("button", { name: item }).click();
  });
}

/** Parse with the browser's XML parser: throws on malformed XML. */
async function expectWellFormedSvg(page: Page, text: string): Promise<void> {
  const result = await page.evaluate((t) => {
    const doc = new DOMParser().parseFromString(t, "image/svg+xml");
    const err = doc.querySelector("parsererror");
    return { error: err ? err.textContent : null, root: doc.documentElement.nodeName };
  }, text);
  expect(result.error).toBeNull();
  expect(result.root).toBe("svg");
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

test("every panel and the dashboard export as well-formed SVG and valid PNG carrying the config and seed", async ({ page }) => {
  await openLab(page, "#v=1&seed=7&input=uniform");
  await stepN(page, 300);
  await page.getByRole("button", { name: "Compute" }).click();
  await expect(page.getByTestId("correlation-info")).toHaveText(/edges with r >/);
  const panels = ["Spike raster", "Population activity", "Wee weight distribution", "Firing rates across neurons", "Connections and mean threshold", "Correlation network"];
  for (const title of panels) {
    const svg = await downloadOf(page, () => page.getByRole("button", { name: `Export ${title} as SVG` }).click());
    expect(svg.name).toMatch(/^sorn-seed7-t300-.+\.svg$/);
    const text = svg.bytes.toString("utf8");
    await expectWellFormedSvg(page, text);
    expect(readSvgMetadata(text)?.seed).toBe(7);
  }
  const png = await downloadOf(page, () => page.getByRole("button", { name: "Export Wee weight distribution as PNG" }).click());
  expect(png.name.endsWith(".png")).toBe(true);
  expect(png.bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  const meta = readPngMetadata(new Uint8Array(png.bytes));
  expect(meta?.seed).toBe(7);
  expect((meta?.config as any).params.ne).toBe(200);

  const dash = await fromMenu(page, "Export", "Dashboard SVG");
  await expectWellFormedSvg(page, dash.bytes.toString("utf8"));
  expect(dash.bytes.toString("utf8")).toContain("SORN Lab dashboard");
  const dashPng = await fromMenu(page, "Export", "Dashboard PNG");
  expect(dashPng.bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
});

test("records export as CSV and JSON, the state as JSON and NPZ, and saved runs parse with the project's readers", async ({ page }) => {
  await openLab(page, "#v=1&seed=3&input=uniform");
  await stepN(page, 120);

  const csv = await fromMenu(page, "Export", "Records CSV");
  const lines = csv.bytes.toString("utf8").trimEnd().split("\n");
  expect(lines.length).toBe(121);
  const header = lines[0].split(",");
  expect(header.slice(0, 6)).toEqual(["step", "active_e", "active_i", "ee_connections", "ei_connections", "mean_te"]);
  expect(header.length).toBe(6 + 200 + 40);
  const rows = lines.slice(1).map((l) => l.split(",").map(Number));
  expect(rows.every((r) => r.length === header.length && r.every(Number.isFinite))).toBe(true);
  expect(rows[0][0]).toBe(1);
  expect(rows[119][0]).toBe(120);
  for (const r of rows) expect(r.slice(6, 206).reduce((a, b) => a + b, 0)).toBe(r[1]);

  const json = JSON.parse((await fromMenu(page, "Export", "Records JSON")).bytes.toString("utf8"));
  expect(json.format).toBe("sorn-lab-records");
  expect(json.steps.length).toBe(120);
  expect(json.records.ExcitatoryActivation.length).toBe(120);
  expect(json.records.ExcitatoryActivation[0].length).toBe(200);
  expect(json.records.EEConnectionCounts.length).toBe(120);
  expect(json.summaries.activeE[5]).toBe(rows[5][1]);

  const stateJson = await fromMenu(page, "Export", "State JSON");
  const run = runFromJson(stateJson.bytes.toString("utf8"));
  expect(run.seed).toBe(3);
  expect(run.state.Wee.shape).toEqual([200, 200]);
  expect(run.state.step).toBe(120);
  expect(Object.keys(run.records)).toEqual([]);

  const stateNpz = await fromMenu(page, "Export", "State NPZ");
  const arrays = readNpz(new Uint8Array(stateNpz.bytes));
  expect(arrays.Wee.shape).toEqual([200, 200]);
  expect(arrays.Te.shape).toEqual([200, 1]);
  expect(arrays.X.shape).toEqual([200, 2]);
  expect(runFromNpz(new Uint8Array(stateNpz.bytes)).state.step).toBe(120);

  const saved = await fromMenu(page, "Save", "Save run (NPZ)");
  const full = runFromNpz(new Uint8Array(saved.bytes));
  expect(full.records.ExcitatoryActivation?.shape).toEqual([120, 200]);
  expect(full.records.EEConnectionCounts?.shape).toEqual([120]);
  const savedJson = runFromJson((await fromMenu(page, "Save", "Save run (JSON)")).bytes.toString("utf8"));
  expect(savedJson.records.InhibitoryActivation?.shape).toEqual([120, 40]);
  expect(savedJson.input).toEqual({ kind: "uniform", seed: 1003 });
});
