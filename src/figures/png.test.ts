import { describe, expect, it } from "vitest";
import { svgToPng } from "./png";
import { crc32, encodeChunk, insertPngText, readPngMetadata, readPngSize, readPngText } from "./pngmeta";
import { sampleFigures } from "../../test/support/figures/samples";
import { sampleMeta } from "../../test/support/figures/testdata";

const figures = sampleFigures();

describe("svgToPng", () => {
  it("renders a PNG of the figure's size × scale with the metadata in an iTXt chunk", async () => {
    const png = await svgToPng(figures.population.svg, { scale: 2 });
    expect(Array.from(png.subarray(0, 8))).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    expect(String.fromCharCode(...png.subarray(12, 16))).toBe("IHDR");
    expect(readPngSize(png)).toEqual({ width: 1280, height: 760 });
    const meta = sampleMeta("Population activity");
    expect(readPngMetadata(png)).toEqual({ generator: "SORN Lab", config: meta.config, seed: meta.seed });
    expect(png.length).toBeGreaterThan(10_000);
  });

  it("draws the text with the bundled font (text changes the pixels)", async () => {
    const withText = await svgToPng(figures.hamming.svg, { scale: 1 });
    const blanked = figures.hamming.svg.replace(/(<text[^>]*>)[^<]*<\/text>/g, "$1</text>");
    const without = await svgToPng(blanked, { scale: 1 });
    expect(readPngSize(withText)).toEqual(readPngSize(without));
    expect(Buffer.from(withText).equals(Buffer.from(without))).toBe(false);
    expect(withText.length).toBeGreaterThan(without.length + 2000);
  });

  it("renders every figure and the dashboard", async () => {
    for (const [name, fig] of Object.entries(figures)) {
      const png = await svgToPng(fig.svg, { scale: 1 });
      expect(readPngMetadata(png)?.generator, name).toBe("SORN Lab");
    }
  });

  it("rejects bad input", async () => {
    await expect(svgToPng("not svg")).rejects.toThrow(/not an SVG document/);
    await expect(svgToPng(figures.hamming.svg, { scale: 0 })).rejects.toThrow(/scale must be > 0/);
  });
});

describe("PNG chunks", () => {
  it("computes the standard CRC-32", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
    expect(crc32(new TextEncoder().encode("IEND"))).toBe(0xae426082);
  });

  const ihdr = new Uint8Array([0, 0, 0, 3, 0, 0, 0, 2, 8, 6, 0, 0, 0]);
  const minimal = new Uint8Array([
    ...[137, 80, 78, 71, 13, 10, 26, 10],
    ...encodeChunk("IHDR", ihdr),
    ...encodeChunk("IEND", new Uint8Array(0)),
  ]);

  it("inserts and reads back UTF-8 text after IHDR", () => {
    expect(readPngText(minimal)).toBeNull();
    expect(readPngMetadata(minimal)).toBeNull();
    const json = JSON.stringify({ generator: "SORN Lab", config: { label: "μ → σ" }, seed: 1 });
    const png = insertPngText(minimal, json);
    expect(readPngSize(png)).toEqual({ width: 3, height: 2 });
    expect(String.fromCharCode(...png.subarray(33 + 4, 33 + 8))).toBe("iTXt");
    expect(readPngMetadata(png)).toEqual(JSON.parse(json));
    expect(readPngText(png, "other")).toBeNull();
  });

  it("reads a tEXt chunk too", () => {
    const data = new Uint8Array([...new TextEncoder().encode("sorn-lab"), 0, ...new TextEncoder().encode('{"seed":2}')]);
    const png = new Uint8Array([...minimal.subarray(0, 33), ...encodeChunk("tEXt", data), ...minimal.subarray(33)]);
    expect(readPngMetadata(png)).toEqual({ seed: 2 });
  });

  it("throws on a bad signature or a corrupted chunk", () => {
    expect(() => readPngSize(new Uint8Array(20))).toThrow(/bad signature/);
    const bad = insertPngText(minimal, "{}");
    bad[bad.length - 20] ^= 0xff;
    expect(() => readPngMetadata(bad)).toThrow(/CRC mismatch/);
  });
});
