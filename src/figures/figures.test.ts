import { describe, expect, it } from "vitest";
import { sampleFigures } from "../../test/support/figures/samples";
import { escapeXml, readSvgMetadata } from "./svg";
import { sampleMeta } from "../../test/support/figures/testdata";
import { checkWellFormed } from "../../test/support/figures/xmlcheck";
import { expectGoldenSvg } from "../../test/support/figures/golden";

/** Compares `svg` with its committed golden file (see test/support/figures/golden.ts). */
const expectGolden = (name: string, svg: string): void => expectGoldenSvg("figures", name, svg);

const figures = sampleFigures();

describe("figures", () => {
  it("covers every figure", () => {
    expect(Object.keys(figures).sort()).toEqual(
      [
        "connections", "correlation", "correlation-blocks", "dashboard", "degree", "firing-rate", "hamming",
        "isi", "network", "neuron-rates", "population", "raster", "thresholds", "weights",
      ].sort(),
    );
  });

  describe.each(Object.entries(figures))("%s", (name, fig) => {
    it("matches its golden SVG", () => expectGolden(name, fig.svg));

    it("is well-formed XML with an <svg> root", () => {
      expect(checkWellFormed(fig.svg)).toBe("svg");
      expect(fig.svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    });

    it("has its title, axis labels and tick labels", () => {
      expect(fig.svg).toContain(`<title>${escapeXml(fig.title)}</title>`);
      expect(fig.svg).toContain(`font-weight="bold">${escapeXml(fig.title)}</text>`);
      for (const label of fig.labels) expect(fig.svg).toContain(`>${label}`);
      if (name !== "network") expect(fig.svg).toMatch(/font-size="11">[0-9−.]+<\/text>/);
    });

    it("embeds the metadata JSON, escaped", () => {
      const meta = sampleMeta(fig.title);
      expect(readSvgMetadata(fig.svg)).toEqual({ generator: "SORN Lab", config: meta.config, seed: meta.seed });
      expect(fig.svg).toContain("&lt;data&gt; &amp; \\&quot;quotes\\&quot;");
      expect(fig.svg).toContain('font-family="DejaVu Sans, Arial, sans-serif"');
    });

    it("writes coordinates with at most 2 decimals", () => {
      const attrs = [...fig.svg.matchAll(/\s[a-z-]+="([^"]*)"/gi)].map((m) => m[1]).join(" ");
      expect(attrs).toMatch(/\d\.\d/);
      expect(attrs.match(/\d*\.\d{3,}/g) ?? []).toEqual([]);
    });

    it("is deterministic", () => {
      expect(sampleFigures()[name].svg).toBe(fig.svg);
    });
  });
});
