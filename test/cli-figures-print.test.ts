/** `sorn figures --size … --dpi … --format pdf`: print sizes, PNG resolution, vector PDF. */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readSvgMetadata } from "../src/figures";
import { readPdfMetadata, svgToPdf } from "../src/figures/pdf";
import { readPngMetadata, readPngSize } from "../src/figures/pngmeta";
import { parsePrintSize, pngPixelWidth } from "../src/figures/print-size";
import { ALL_RECORDS, cli, saveRun, smallRun, tempDir } from "./cli-helpers";

let dir: string;
let runPath: string;

beforeAll(() => {
  dir = tempDir();
  runPath = saveRun(dir, "run", smallRun(ALL_RECORDS)).npz;
});

const root = (svg: string): string => /<svg\b[^>]*>/.exec(svg)![0];
const attr = (tag: string, name: string): string => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)![1];
const latin1 = (b: Uint8Array): string => Array.from(b, (c) => String.fromCharCode(c)).join("");
const hasPdffonts = spawnSync("pdffonts", ["-v"]).error === undefined;

async function figure(name: string, out: string, ...opts: string[]): Promise<void> {
  const r = await cli("figures", runPath, "--out", join(dir, out), "--only", name, ...opts);
  expect(r.code, r.stderr).toBe(0);
}

describe("sorn figures --size and --dpi", () => {
  it("--size single gives an SVG 85 mm wide, laid out so that its tick labels print at 7 pt", async () => {
    await figure("raster", "plain");
    await figure("raster", "single", "--size", "single");
    const plain = root(readFileSync(join(dir, "plain", "raster.svg"), "utf8"));
    const svg = readFileSync(join(dir, "single", "raster.svg"), "utf8");
    const single = root(svg);
    expect(attr(single, "width")).toBe("85mm");
    expect(attr(plain, "viewBox")).toBe("0 0 720 420");
    const [, , w, h] = attr(single, "viewBox").split(" ").map(Number);
    // 85 mm = 240.9 pt laid out 379 units wide: 0.636 pt per unit.
    expect(w).toBe(379);
    expect(parseFloat(attr(single, "height"))).toBeCloseTo((85 * h) / w, 1);
    expect(attr(single, "height")).toMatch(/mm$/);
    const ptPerUnit = (85 * 72) / 25.4 / w;
    const tick = Number(/<g class="axis x">.*?font-size="([\d.]+)"/.exec(svg)![1]);
    expect(tick * ptPerUnit).toBeCloseTo(7, 1);
    // Line widths print in points too: the 1-unit frame at 0.64 pt.
    expect(ptPerUnit).toBeCloseTo(0.64, 2);
  });

  it("--style paper draws no title, crops the title band and writes the caption with the configuration", async () => {
    await figure("raster", "paper", "--size", "single", "--style", "paper");
    const svg = readFileSync(join(dir, "paper", "raster.svg"), "utf8");
    expect(svg).toContain("<title>Spike raster");
    expect(svg).not.toMatch(/font-weight="bold"[^>]*>Spike raster/);
    const [, y0] = attr(root(svg), "viewBox").split(" ").map(Number);
    expect(y0).toBe(44);
    const caption = readFileSync(join(dir, "paper", "raster.txt"), "utf8");
    expect(caption).toMatch(/^Spike raster, steps \d+–\d+\.\nshowing \d+ of \d+ neurons/);
    expect(caption).toMatch(/Seed \d+\.\nConfiguration: .*params\.ne = \d+/);
  });

  it("the other presets and a custom W×H", async () => {
    for (const [size, width, height] of [
      ["onehalf", "114mm", undefined],
      ["double", "174mm", undefined],
      ["slide", "254mm", "142.9mm"],
      ["160x90mm", "160mm", "90mm"],
      ["1600x900px", "1600", "900"],
    ] as const) {
      const out = `size-${size}`;
      await figure("isi", out, "--size", size);
      const svg = root(readFileSync(join(dir, out, "isi.svg"), "utf8"));
      expect(attr(svg, "width"), size).toBe(width);
      if (height) expect(attr(svg, "height"), size).toBe(height);
    }
  });

  it("PNG pixel width is mm / 25.4 · dpi: 1004 at --size single --dpi 300", async () => {
    await figure("isi", "png300", "--size", "single", "--dpi", "300", "--format", "png,svg");
    const png = new Uint8Array(readFileSync(join(dir, "png300", "isi.png")));
    expect(readPngSize(png).width).toBe(1004);
    expect(readPngMetadata(png)).toEqual(readSvgMetadata(readFileSync(join(dir, "png300", "isi.svg"), "utf8")));
    await figure("isi", "png600", "--size", "double", "--dpi", "600", "--format", "png");
    expect(readPngSize(new Uint8Array(readFileSync(join(dir, "png600", "isi.png")))).width).toBe(Math.round((174 / 25.4) * 600));
    await figure("isi", "png150", "--dpi", "150", "--format", "png");
    const svg = readFileSync(join(dir, "plain", "raster.svg"), "utf8");
    expect(pngPixelWidth(svg, undefined, 150)).toBe(Math.round((Number(attr(root(svg), "width")) / 96) * 150));
  });

  it("parses sizes and names the choices for a bad one", () => {
    expect(parsePrintSize("Single")).toEqual({ unit: "mm", width: 85 });
    expect(parsePrintSize("85×60mm")).toEqual({ unit: "mm", width: 85, height: 60 });
    expect(() => parsePrintSize("a4")).toThrow(/unknown size 'a4' \(sizes: single, onehalf, double, slide, or WxH in mm or px/);
  });
});

describe("sorn figures --format pdf", () => {
  let pdf: Uint8Array;
  let svg: string;

  beforeAll(async () => {
    await figure("raster", "pdf", "--format", "svg,pdf", "--size", "single");
    pdf = new Uint8Array(readFileSync(join(dir, "pdf", "raster.pdf")));
    svg = readFileSync(join(dir, "pdf", "raster.svg"), "utf8");
  });

  it("is a PDF one page 85 mm wide, with the run's configuration and seed in its metadata", () => {
    expect(latin1(pdf.subarray(0, 5))).toBe("%PDF-");
    const text = latin1(pdf);
    expect(text.match(/\/Type \/Page\b/g)).toHaveLength(1);
    const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(text)!;
    expect(Number(box[1])).toBeCloseTo((85 / 25.4) * 72, 2);
    const meta = readPdfMetadata(pdf);
    expect(meta).toEqual(readSvgMetadata(svg));
    expect(meta?.config).toMatchObject({ params: { ne: 40, nu: 4 }, input: { kind: "uniform", seed: 1005 } });
    expect(text).toMatch(/\/Keywords /);
  });

  it("embeds the DejaVu fonts (TrueType FontFile2) and no other", () => {
    const text = latin1(pdf);
    const fonts = [...text.matchAll(/\/BaseFont \/([A-Z]{6}\+[\w-]+)/g)].map((m) => m[1].slice(7));
    expect(new Set(fonts)).toEqual(new Set(["DejaVuSans", "DejaVuSans-Bold"]));
    expect(text.match(/\/FontFile2 \d+ 0 R/g)?.length).toBe(2);
    expect(text).not.toMatch(/\/Helvetica/);
  });

  it.skipIf(!hasPdffonts)("pdffonts lists every font as embedded (when poppler-utils is installed)", () => {
    const r = spawnSync("pdffonts", [join(dir, "pdf", "raster.pdf")], { encoding: "utf8" });
    expect(r.status).toBe(0);
    const rows = r.stdout.trim().split("\n").slice(2);
    expect(rows.length).toBe(2);
    for (const row of rows) expect(row).toMatch(/^\S+\+DejaVuSans\S*\s+CID TrueType\s+Identity-H\s+yes yes yes/);
  });

  it("is byte-identical for one SVG and one creation date", async () => {
    const creationDate = new Date(Date.UTC(2026, 0, 1));
    const plain = readFileSync(join(dir, "plain", "raster.svg"), "utf8");
    const a = await svgToPdf(plain, { creationDate });
    const b = await svgToPdf(plain, { creationDate });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(latin1(a)).toContain("(D:20260101000000Z)");
    // an SVG already sized in mm takes its aspect from the viewBox
    const sized = await svgToPdf(svg, { size: { unit: "mm", width: 85 }, creationDate });
    expect(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(latin1(sized))?.slice(1, 3)).toEqual(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(latin1(pdf))?.slice(1, 3));
  });

  it("writes every figure, the dashboard's nested panels too", async () => {
    await figure("dashboard", "pdf-dash", "--format", "pdf");
    expect(readdirSync(join(dir, "pdf-dash"))).toEqual(["dashboard.pdf"]);
    const dash = new Uint8Array(readFileSync(join(dir, "pdf-dash", "dashboard.pdf")));
    expect(readPdfMetadata(dash)?.seed).toBe(5);
  });
});

describe("sorn figures: bad print options", () => {
  it("gets one clear line and exit status 2", async () => {
    const out = join(dir, "never");
    const cases: [string[], string][] = [
      [["--size", "a4"], "sorn: --size: unknown size 'a4' (sizes: single, onehalf, double, slide, or WxH in mm or px, e.g. 85x60mm)"],
      [["--size", "0x50mm"], "sorn: --size: unknown size '0x50mm' (sizes: single, onehalf, double, slide, or WxH in mm or px, e.g. 85x60mm)"],
      [["--size", "85x60in"], "sorn: --size: unknown size '85x60in' (sizes: single, onehalf, double, slide, or WxH in mm or px, e.g. 85x60mm)"],
      [["--size"], "sorn: --size: needs a value"],
      [["--dpi", "5"], "sorn: --dpi: must be an integer in [72, 1200], got '5'"],
      [["--dpi", "2400"], "sorn: --dpi: must be an integer in [72, 1200], got '2400'"],
      [["--dpi", "300.5"], "sorn: --dpi: must be an integer in [72, 1200], got '300.5'"],
      [["--format", "pdf,eps"], "sorn: --format: unknown format 'eps' (formats: svg, png, pdf)"],
      [["--style", "poster"], "sorn: --style: unknown style 'poster' (styles: screen, paper)"],
      [["--style"], "sorn: --style: needs a value"],
    ];
    for (const [opts, message] of cases) {
      const r = await cli("figures", runPath, "--out", out, ...opts);
      expect(r.code, opts.join(" ")).toBe(2);
      expect(r.stderr, opts.join(" ")).toBe(message + "\n");
    }
    expect(readdirSync(dir)).not.toContain("never");
  });
});
