/**
 * SVG → vector PDF, the part shared by Node (`./pdf.ts`, the CLI) and the browser
 * (`./pdf-browser.ts`, the lab): the same SVG the .svg file holds, drawn by svg-to-pdfkit as PDF
 * paths and text in the bundled DejaVu Sans subsets, which are embedded (TrueType, FontFile2).
 * The figure's metadata JSON goes into the document information: Subject (the same JSON),
 * Keywords, and a custom key "SornLab". No DOM, no Node: the caller passes pdfkit's document
 * class (its Node or browser build), svg-to-pdfkit and the font bytes.
 */
import { applyPrintSize, pdfPageSize, type PrintSize } from "./print-size";
import { GENERATOR, readSvgMetadata } from "./svg";

/** The custom document-information key that carries the figure's metadata JSON. */
export const PDF_INFO_KEY = "SornLab";

/** The regular and bold font names registered in the document (svg-to-pdfkit's fontCallback picks them). */
export const PDF_FONTS = { regular: "DejaVu Sans", bold: "DejaVu Sans Bold" } as const;

/** The bytes of the bundled DejaVu Sans subsets (TTF). */
export interface PdfFontBytes {
  regular: Uint8Array;
  bold: Uint8Array;
}

/** The little of a pdfkit document that is used here (its Node and browser builds both have it). */
export interface PdfDocLike {
  info: object;
  registerFont(name: string, src: Uint8Array): unknown;
  on(event: "data", fn: (chunk: Uint8Array) => void): unknown;
  on(event: "end" | "error", fn: (e?: unknown) => void): unknown;
  end(): void;
}

/** What the platform supplies: pdfkit's class, svg-to-pdfkit's function and the fonts. */
export interface PdfDeps {
  PDFDocument: new (options: Record<string, unknown>) => PdfDocLike;
  SVGtoPDF: (doc: never, svg: string, x: number, y: number, options: Record<string, unknown>) => void;
  fonts: PdfFontBytes;
}

/** Options of {@link renderPdf}. */
export interface PdfCoreOptions {
  /** The print size (default: the SVG's px at 96 per inch). */
  size?: PrintSize;
  /** The document's creation date; the file's ID derives from it, so one date gives byte-identical PDFs of one SVG. */
  creationDate: Date;
}

/** The XML entities the figures write, decoded. */
export function decodeXml(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos);/g, (_m, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" })[e] as string);
}

/** Renders a figure SVG to PDF bytes (one page the figure's print size, fonts embedded, metadata in the info). */
export function renderPdf(svg: string, deps: PdfDeps, options: PdfCoreOptions): Promise<Uint8Array> {
  if (typeof svg !== "string" || !/<svg\b/.test(svg)) throw new Error("svgToPdf: input is not an SVG document");
  const page = pdfPageSize(svg, options.size);
  const meta = readSvgMetadata(svg);
  const title = /<title>([\s\S]*?)<\/title>/.exec(svg)?.[1];
  const json = meta ? JSON.stringify(meta) : undefined;
  const doc = new deps.PDFDocument({
    size: [page.width, page.height],
    margin: 0,
    autoFirstPage: true,
    // A font given as bytes: pdfkit then never loads its standard Helvetica.
    font: deps.fonts.regular,
    info: {
      Title: title ? decodeXml(title) : "SORN Lab figure",
      Creator: GENERATOR,
      Producer: `${GENERATOR} (pdfkit)`,
      CreationDate: options.creationDate,
      ...(json ? { Subject: json, Keywords: `sorn-lab, seed ${String(meta!.seed)}` } : {}),
    },
  });
  if (json) (doc.info as Record<string, unknown>)[PDF_INFO_KEY] = json;
  doc.registerFont(PDF_FONTS.regular, deps.fonts.regular);
  doc.registerFont(PDF_FONTS.bold, deps.fonts.bold);
  const chunks: Uint8Array[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on("data", (c: Uint8Array) => chunks.push(c));
    doc.on("end", () => resolve(concat(chunks)));
    doc.on("error", reject);
  });
  // svg-to-pdfkit sizes the drawing by the root's width and height (px at 0.75 pt): make them the page's.
  const fitted = applyPrintSize(svg, { unit: "px", width: page.width / 0.75, height: page.height / 0.75 });
  deps.SVGtoPDF(doc as never, fitted, 0, 0, {
    width: page.width,
    height: page.height,
    fontCallback: (_family: string, bold: boolean) => (bold ? PDF_FONTS.bold : PDF_FONTS.regular),
    warningCallback: () => {},
  });
  doc.end();
  return done;
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
