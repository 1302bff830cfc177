/**
 * SVG → vector PDF for the figures, in Node (the CLI): `./pdf-core.ts` with pdfkit's Node build,
 * svg-to-pdfkit and the bundled DejaVu Sans subsets read from `./fonts/`. Also reads the
 * metadata back from a PDF made here ({@link readPdfMetadata}).
 */
import { readFileSync } from "node:fs";
import PDFDocument from "pdfkit";
import SVGtoPDF from "svg-to-pdfkit";
import { PDF_INFO_KEY, renderPdf, type PdfDeps, type PdfFontBytes } from "./pdf-core";
import type { PrintSize } from "./print-size";

export { PDF_INFO_KEY };

let fonts: PdfFontBytes | undefined;

/** Options of {@link svgToPdf}. */
export interface PdfOptions {
  /** The print size (default: the SVG's px at 96 per inch). */
  size?: PrintSize;
  /**
   * The document's creation date (default: SOURCE_DATE_EPOCH when set, else now). The file's ID
   * derives from it, so one date gives byte-identical PDFs of one SVG.
   */
  creationDate?: Date;
}

function defaultCreationDate(): Date {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  return epoch !== undefined && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
}

/** Renders a figure SVG to PDF bytes (one page the figure's size, fonts embedded). */
export async function svgToPdf(svg: string, options: PdfOptions = {}): Promise<Uint8Array> {
  fonts ??= {
    regular: readFileSync(new URL("./fonts/DejaVuSans-subset.ttf", import.meta.url)),
    bold: readFileSync(new URL("./fonts/DejaVuSans-Bold-subset.ttf", import.meta.url)),
  };
  const deps = { PDFDocument, SVGtoPDF, fonts } as unknown as PdfDeps;
  return renderPdf(svg, deps, { size: options.size, creationDate: options.creationDate ?? defaultCreationDate() });
}

/** A PDF literal string's bytes decoded (escapes; UTF-16BE with a BOM, else Latin-1). */
function decodePdfString(body: string): string {
  let bytes = "";
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== "\\") {
      bytes += c;
      continue;
    }
    const n = body[++i];
    const simple: Record<string, string> = { n: "\n", r: "\r", t: "\t", b: "\b", f: "\f", "(": "(", ")": ")", "\\": "\\" };
    if (n in simple) bytes += simple[n];
    else if (/[0-7]/.test(n)) {
      const oct = /^[0-7]{1,3}/.exec(body.slice(i))![0];
      bytes += String.fromCharCode(parseInt(oct, 8));
      i += oct.length - 1;
    } else if (n === "\r" || n === "\n") continue;
    else bytes += n;
  }
  if (bytes.charCodeAt(0) === 0xfe && bytes.charCodeAt(1) === 0xff) {
    let s = "";
    for (let i = 2; i + 1 < bytes.length; i += 2) s += String.fromCharCode((bytes.charCodeAt(i) << 8) | bytes.charCodeAt(i + 1));
    return s;
  }
  return new TextDecoder().decode(Uint8Array.from(bytes, (ch) => ch.charCodeAt(0)));
}

/** Bytes as a string of the same char codes (TextDecoder's "latin1" is windows-1252). */
function latin1(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return s;
}

/** The literal string that starts at `from` (just past its "("), decoded. */
function literalAt(text: string, from: number): string {
  let i = from;
  let depth = 1;
  for (; i < text.length && depth > 0; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === "(") depth++;
    else if (text[i] === ")") depth--;
  }
  return decodePdfString(text.slice(from, i - 1));
}

/**
 * The value of a document-information key in a PDF made here (a literal string, inline or, as
 * pdfkit writes it, in an indirect object), or null.
 */
export function readPdfInfo(pdf: Uint8Array, key: string): string | null {
  const text = latin1(pdf);
  const inline = text.indexOf(`/${key} (`);
  if (inline >= 0) return literalAt(text, inline + key.length + 3);
  const ref = new RegExp(`/${key} (\\d+) (\\d+) R`).exec(text);
  if (!ref) return null;
  const obj = new RegExp(`(?:^|[\\r\\n])${ref[1]} ${ref[2]} obj\\s*\\(`).exec(text);
  return obj ? literalAt(text, obj.index + obj[0].length) : null;
}

/** The figure metadata ({generator, config, seed}) stored in a PDF by svgToPdf, or null. */
export function readPdfMetadata(pdf: Uint8Array): { generator: string; config: unknown; seed: number | string } | null {
  const json = readPdfInfo(pdf, PDF_INFO_KEY);
  return json === null ? null : JSON.parse(json);
}
