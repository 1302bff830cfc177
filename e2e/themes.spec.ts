/**
 * Themes and screens: the dark theme (toggle kept across reloads, or following the system's
 * prefers-color-scheme), the plots' colours in it, and narrow screens (800 px: Play and a plot
 * in the first view; 400 px: nothing overflows horizontally).
 */
import { expect, test, type Page } from "@playwright/test";
import { openLab, stepN } from "./helpers";

/** The page background's luminance (0 black … 1 white), from the computed style. */
async function backgroundLuminance(page: Page): Promise<number> {
  const rgb = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

/** The luminance of a canvas's corner pixel (its background). */
async function canvasLuminance(page: Page, name: RegExp): Promise<number> {
  const canvas = page.getByRole("img", { name });
  return canvas.evaluate((c: HTMLCanvasElement) => {
    const [r, g, b] = c.getContext("2d")!.getImageData(1, 1, 1, 1).data;
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  });
}

test.describe("with a light system preference", () => {
  test.use({ colorScheme: "light" });

  test("the theme toggle switches to dark, the plots follow, and the choice survives a reload", async ({ page }) => {
    await openLab(page);
    const theme = page.getByRole("combobox", { name: "Theme" });
    await expect(theme).toHaveValue("system");
    expect(await backgroundLuminance(page)).toBeGreaterThan(0.8);
    await stepN(page, 50);
    expect(await canvasLuminance(page, /^Spike raster/)).toBeGreaterThan(0.8);

    await theme.selectOption("dark");
    await expect.poll(() => backgroundLuminance(page)).toBeLessThan(0.2);
    await expect.poll(() => canvasLuminance(page, /^Spike raster/)).toBeLessThan(0.2);
    await expect.poll(() => canvasLuminance(page, /^Population activity/)).toBeLessThan(0.2);

    await page.reload();
    await expect(page.getByRole("button", { name: "Play" })).toBeEnabled();
    await expect(page.getByRole("combobox", { name: "Theme" })).toHaveValue("dark");
    expect(await backgroundLuminance(page)).toBeLessThan(0.2);

    await page.getByRole("combobox", { name: "Theme" }).selectOption("system");
    await expect.poll(() => backgroundLuminance(page)).toBeGreaterThan(0.8);
  });
});

test.describe("with a dark system preference", () => {
  test.use({ colorScheme: "dark" });

  test("the lab starts dark", async ({ page }) => {
    await openLab(page);
    await expect(page.getByRole("combobox", { name: "Theme" })).toHaveValue("system");
    expect(await backgroundLuminance(page)).toBeLessThan(0.2);
    await page.getByRole("combobox", { name: "Theme" }).selectOption("light");
    await expect.poll(() => backgroundLuminance(page)).toBeGreaterThan(0.8);
  });
});

test.describe("at 800 px wide", () => {
  test.use({ viewport: { width: 800, height: 600 } });

  test("Play and a live plot are in the first view, and Play stays on screen when scrolling", async ({ page }) => {
    await openLab(page);
    const inView = async (name: string, box: { x: number; y: number; width: number; height: number } | null) => {
      expect(box, name).not.toBeNull();
      expect(box!.x, name).toBeGreaterThanOrEqual(0);
      expect(box!.y, name).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width, name).toBeLessThanOrEqual(800);
      expect(box!.y + box!.height, name).toBeLessThanOrEqual(600);
    };
    await inView("Play", await page.getByRole("button", { name: "Play" }).boundingBox());
    await inView("raster", await page.getByRole("img", { name: /^Spike raster/ }).boundingBox());
    await page.mouse.wheel(0, 1500);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
    await inView("Play after scrolling", await page.getByRole("button", { name: "Play" }).boundingBox());
  });
});

test.describe("at 400 px wide", () => {
  test.use({ viewport: { width: 400, height: 800 } });

  test("nothing overflows horizontally", async ({ page }) => {
    await openLab(page);
    await stepN(page, 20);
    const overflow = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
    expect(overflow.scroll).toBeLessThanOrEqual(overflow.inner);
  });
});

test.describe("accessibility of the new views", () => {
  for (const scheme of ["light", "dark"] as const) {
    test.describe(`in the ${scheme} theme`, () => {
      test.use({ colorScheme: scheme });

      test("axe finds no violation with a followed neuron, the time slider and a tooltip", async ({ page }) => {
        const { default: AxeBuilder } = await import("@axe-core/playwright");
        await openLab(page);
        await stepN(page, 100);
        const raster = page.getByRole("img", { name: /^Spike raster/ });
        const b = (await raster.boundingBox())!;
        await page.mouse.click(b.x + b.width * 0.5, b.y + b.height * 0.2);
        await expect(page.getByRole("region", { name: /^Followed: E neuron/ })).toBeVisible();
        await stepN(page, 100);
        await page.mouse.move(b.x + b.width * 0.6, b.y + b.height * 0.3);
        await expect(page.getByRole("tooltip")).toBeVisible();
        const r = await new AxeBuilder({ page }).analyze();
        expect(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join("; ")}`)).toEqual([]);
      });
    });
  }
});
