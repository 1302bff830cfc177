/**
 * The PDF core with pdfkit's browser build (what the lab's worker bundles) gives what the CLI's
 * Node build gives: one page at the print size, the DejaVu subsets embedded, the metadata in the
 * document information.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import SVGtoPDF from "svg-to-pdfkit";
import { readPdfMetadata, svgToPdf } from "./pdf";
import { decodeXml, renderPdf, type PdfDeps } from "./pdf-core";
import { escapeXml, metadataJson } from "./svg";

const latin1 = (b: Uint8Array): string => Array.from(b, (c) => String.fromCharCode(c)).join("");
const mediaBox = (pdf: Uint8Array): number[] => /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(latin1(pdf))!.slice(1, 3).map(Number);
const FIGURE = [
  `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200" viewBox="0 0 400 200" font-family="DejaVu Sans">`,
  `<title>A test figure</title><metadata>${escapeXml(metadataJson({ title: "A test figure", config: { params: { ne: 200 } }, seed: 7 }))}</metadata>`,
  `<text x="20" y="40" font-weight="bold">Spikes &amp; rates</text><text x="20" y="80">t = 1500</text></svg>`,
].join("\n");
const fonts = {
  regular: new Uint8Array(readFileSync(new URL("./fonts/DejaVuSans-subset.ttf", import.meta.url))),
  bold: new Uint8Array(readFileSync(new URL("./fonts/DejaVuSans-Bold-subset.ttf", import.meta.url))),
};

async function browserDeps(): Promise<PdfDeps> {
  // The browser build is not in pdfkit's exports map; load it by its file, as the bundler does.
  const file = new URL("../../node_modules/pdfkit/js/pdfkit.browser.mjs", import.meta.url).href;
  const PDFDocument = ((await import(/* @vite-ignore */ file)) as { default: PdfDeps["PDFDocument"] }).default;
  return { PDFDocument, SVGtoPDF: SVGtoPDF as unknown as PdfDeps["SVGtoPDF"], fonts };
}

describe("renderPdf with pdfkit's browser build", () => {
  it("embeds both fonts and the metadata, one page at the print size, as the Node build does", async () => {
    const creationDate = new Date(Date.UTC(2026, 0, 1));
    const size = { unit: "mm" as const, width: 85 };
    const pdf = await renderPdf(FIGURE, await browserDeps(), { size, creationDate });
    const node = await svgToPdf(FIGURE, { size, creationDate });
    const t = latin1(pdf);
    expect(t.startsWith("%PDF-")).toBe(true);
    expect(t.match(/\/FontFile2 \d+ 0 R/g)?.length).toBe(2);
    expect(t).not.toMatch(/\/Helvetica/);
    expect(t.match(/\/Type \/Page\b/g)).toHaveLength(1);
    expect(mediaBox(pdf)[0]).toBeCloseTo((85 / 25.4) * 72, 2);
    expect(mediaBox(pdf)).toEqual(mediaBox(node));
    expect(readPdfMetadata(pdf)).toEqual(readPdfMetadata(node));
    expect(readPdfMetadata(pdf)).toMatchObject({ generator: "SORN Lab", seed: 7, config: { params: { ne: 200 } } });
    expect(t).toContain("(D:20260101000000Z)");
  });

  it("refuses what is not an SVG", async () => {
    const deps = await browserDeps();
    expect(() => renderPdf("<html></html>", deps, { creationDate: new Date() })).toThrow(/not an SVG document/);
  });

  it("decodes the figures' XML entities", () => {
    expect(decodeXml("a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;")).toBe(`a & b <c> "d" 'e'`);
  });
});
