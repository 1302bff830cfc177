/**
 * The composer in the page (issue 12, item 3): after a few hundred steps, pick three panels,
 * see the preview's letters A B C, and download the figure as SVG, PNG and PDF, each checked;
 * an empty composition gets one clear message and no download.
 */
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { readPdfMetadata } from "../src/figures/pdf";
import { readPngMetadata, readPngSize } from "../src/figures/pngmeta";
import { readSvgMetadata } from "../src/figures/svg";
import { openLab, stepN } from "./helpers";

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const EMPTY = "Pick at least one panel to compose a figure.";
const PICKED = ["Spike raster", "Population activity", "Wee weight distribution"];

/** Click something that downloads; return the file name and bytes. */
async function downloadOf(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), button.click()]);
  return { name: d.suggestedFilename(), bytes: readFileSync((await d.path())!) };
}

/** axe-core's violations inside the composer dialog. */
async function violations(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page }).include("dialog.composer").analyze();
  return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join("; ")})`);
}

/** An SVG parsed by the browser: its parse error (or null), root width and height, and panel letters. */
function parseSvg(page: Page, text: string) {
  return page.evaluate((t) => {
    const doc = new DOMParser().parseFromString(t, "image/svg+xml");
    const root = doc.documentElement;
    return {
      error: doc.querySelector("parsererror")?.textContent ?? null,
      root: root.nodeName,
      width: root.getAttribute("width"),
      viewBox: root.getAttribute("viewBox"),
      letters: [...doc.querySelectorAll("text.panel-letter")].map((e) => e.textContent),
    };
  }, text);
}

test("compose three panels: the preview shows A B C, and the SVG, PNG and PDF downloads are each right", async ({ page }) => {
  // Offline: every request stays on the lab's own server (the PDF's fonts too; no CDN).
  const foreign: string[] = [];
  const fonts: string[] = [];
  await page.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (/DejaVuSans/.test(url.pathname)) fonts.push(url.pathname);
    if (url.hostname === "127.0.0.1" || url.protocol === "blob:" || url.protocol === "data:") return route.continue();
    foreign.push(url.href);
    return route.abort();
  });
  await openLab(page, "#v=1&seed=7&input=uniform");
  await stepN(page, 300);
  await page.locator("summary", { hasText: "Export" }).click();
  await page.getByRole("button", { name: "Compose figure…" }).click();
  const dialog = page.getByRole("dialog", { name: "Compose a figure" });
  await expect(dialog).toBeVisible();

  // Nothing picked: one clear message, and every download is disabled with it as the reason.
  const status = dialog.locator("#composer-status");
  await expect(status).toHaveText(EMPTY);
  for (const f of ["SVG", "PNG", "PDF"]) {
    const b = dialog.getByRole("button", { name: `Download ${f}` });
    await expect(b).toBeDisabled();
    await expect(b).toHaveAccessibleDescription(EMPTY);
  }
  // The correlation network is not computed yet: it cannot be picked, and says why.
  await expect(dialog.getByRole("checkbox", { name: /Correlation network/ })).toBeDisabled();
  expect(await violations(page), "nothing picked").toEqual([]);

  const preview = dialog.getByTestId("composer-preview");
  // Space on a checkbox ticks it (the page's Space shortcut, Play, stays outside the modal).
  await dialog.getByRole("checkbox", { name: PICKED[0] }).focus();
  await page.keyboard.press(" ");
  await expect(dialog.getByRole("checkbox", { name: PICKED[0] })).toBeChecked();
  expect(await page.evaluate(() => (window as any).sornLab.step())).toBe(300);
  await expect(preview).toHaveAttribute("alt", `Composed figure: A: ${PICKED[0]}`);
  for (const title of PICKED.slice(1)) await dialog.getByRole("checkbox", { name: title }).check();
  await expect(preview).toHaveAttribute("alt", `Composed figure: A: ${PICKED[0]}; B: ${PICKED[1]}; C: ${PICKED[2]}`);
  const shown = await preview.evaluate(async (img: HTMLImageElement) => (await fetch(img.src)).text());
  expect((await parseSvg(page, shown)).letters).toEqual(["A", "B", "C"]);
  await expect(preview).toHaveJSProperty("complete", true);
  expect(await preview.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(100);

  await dialog.getByLabel("Columns").selectOption("2");
  await dialog.getByLabel("Print size").selectOption("double");
  await dialog.getByLabel("PNG resolution").selectOption("150");
  await expect(status).toHaveText("Preview of step 300, 174 mm wide");
  expect(await violations(page), "three panels picked").toEqual([]);

  const svg = await downloadOf(page, dialog.getByRole("button", { name: "Download SVG" }));
  expect(svg.name).toBe("sorn-seed7-t300-composed.svg");
  const text = svg.bytes.toString("utf8");
  const parsed = await parseSvg(page, text);
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe("svg");
  expect(parsed.letters).toEqual(["A", "B", "C"]);
  expect(parsed.width).toBe("174mm");
  const meta = readSvgMetadata(text);
  expect(meta?.seed).toBe(7);
  expect(meta?.config).toMatchObject({ params: { ne: 200 }, composed: ["raster", "population", "weights"] });

  const png = await downloadOf(page, dialog.getByRole("button", { name: "Download PNG" }));
  expect(png.name).toBe("sorn-seed7-t300-composed.png");
  expect(png.bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  const size = readPngSize(new Uint8Array(png.bytes));
  expect(size.width).toBe(Math.round((174 / 25.4) * 150));
  const [, , vw, vh] = parsed.viewBox!.split(/\s+/).map(Number);
  expect(Math.abs(size.height - (size.width * vh) / vw)).toBeLessThanOrEqual(1);
  expect(readPngMetadata(new Uint8Array(png.bytes))).toEqual(meta);

  const pdf = await downloadOf(page, dialog.getByRole("button", { name: "Download PDF" }));
  expect(pdf.name).toBe("sorn-seed7-t300-composed.pdf");
  const latin1 = pdf.bytes.toString("latin1");
  expect(latin1.startsWith("%PDF-")).toBe(true);
  expect(latin1).toMatch(/\/FontFile2 \d+ 0 R/);
  expect(Number(/\/MediaBox \[0 0 ([\d.]+) /.exec(latin1)?.[1])).toBeCloseTo((174 / 25.4) * 72, 1);
  expect(readPdfMetadata(new Uint8Array(pdf.bytes))).toEqual(meta);
  expect(foreign).toEqual([]);
  expect(fonts.some((f) => /DejaVuSans-Bold-subset/.test(f))).toBe(true);

  // The paper style: no drawn titles in the figure; the caption (panels, seed, configuration) as a .txt.
  await expect(dialog.getByRole("button", { name: "Download caption (.txt)" })).toHaveCount(0);
  await dialog.getByLabel("Style").selectOption("paper");
  const paperSvg = (await downloadOf(page, dialog.getByRole("button", { name: "Download SVG" }))).bytes.toString("utf8");
  expect(paperSvg).not.toMatch(/font-weight="bold"[^>]*>Spike raster/);
  expect(paperSvg).toMatch(/font-weight="bold"[^>]*>Spike raster|<title>Spike raster/);
  const caption = await downloadOf(page, dialog.getByRole("button", { name: "Download caption (.txt)" }));
  expect(caption.name).toBe("sorn-seed7-t300-composed.txt");
  expect(caption.bytes.toString("utf8")).toMatch(/^Composed figure: raster, population, weights\.\nA: .+; B: .+; C: .+\.\nSeed 7\.\nConfiguration: .*params\.ne = 200/);
  await dialog.getByLabel("Style").selectOption("screen");

  // Unpicking every panel brings the one message back.
  for (const title of PICKED) await dialog.getByRole("checkbox", { name: title }).uncheck();
  await expect(status).toHaveText(EMPTY);
  await expect(preview).toHaveCount(0);
  await expect(dialog.getByRole("button", { name: "Download PDF" })).toBeDisabled();
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();
});

test("the composer is axe-clean in the dark colour scheme", async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: "dark" });
  const page = await context.newPage();
  await openLab(page, "#v=1&seed=7&input=uniform");
  await stepN(page, 100);
  await page.locator("summary", { hasText: "Export" }).click();
  await page.getByRole("button", { name: "Compose figure…" }).click();
  const dialog = page.getByRole("dialog", { name: "Compose a figure" });
  expect(await violations(page), "nothing picked").toEqual([]);
  await dialog.getByRole("checkbox", { name: "Firing rates across neurons" }).check();
  await expect(dialog.getByTestId("composer-preview")).toHaveAttribute("alt", "Composed figure: A: Firing rates across neurons");
  expect(await violations(page), "one panel picked").toEqual([]);
  await context.close();
});
