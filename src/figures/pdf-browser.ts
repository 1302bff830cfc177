/**
 * SVG → vector PDF in the browser (the lab's analysis worker imports this lazily, so pdfkit is a
 * chunk of its own): `./pdf-core.ts` with pdfkit's browser build (what `pdfkit` resolves to in a
 * browser bundle), svg-to-pdfkit and the bundled DejaVu Sans subsets, fetched once from the
 * lab's own assets (no CDN: it works offline), so the PDF embeds the same fonts as the CLI's.
 */
/// <reference path="../types/svg-to-pdfkit.d.ts" />
import PDFDocument from "pdfkit";
import SVGtoPDF from "svg-to-pdfkit";
import regularUrl from "./fonts/DejaVuSans-subset.ttf?url";
import boldUrl from "./fonts/DejaVuSans-Bold-subset.ttf?url";
import { renderPdf, type PdfDeps, type PdfFontBytes } from "./pdf-core";
import type { PrintSize } from "./print-size";

let fonts: Promise<PdfFontBytes> | undefined;

async function fetchBytes(url: string): Promise<Uint8Array> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`PDF: could not load the font ${url} (${res.status})`);
  return new Uint8Array(await res.arrayBuffer());
}

/** The bundled fonts' bytes, fetched once (a failed fetch is tried again next time). */
function loadFonts(): Promise<PdfFontBytes> {
  fonts ??= Promise.all([fetchBytes(regularUrl), fetchBytes(boldUrl)]).then(
    ([regular, bold]) => ({ regular, bold }),
    (e: unknown) => {
      fonts = undefined;
      throw e;
    },
  );
  return fonts;
}

/** A figure SVG as PDF bytes at `size` (default: its px at 96 per inch), dated now. */
export async function svgToPdfInBrowser(svg: string, size?: PrintSize): Promise<Uint8Array> {
  const deps = { PDFDocument, SVGtoPDF, fonts: await loadFonts() } as unknown as PdfDeps;
  return renderPdf(svg, deps, { size, creationDate: new Date() });
}
