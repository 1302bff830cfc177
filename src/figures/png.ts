/**
 * SVG → PNG for the figures, in Node (the CLI) and in the browser, with @resvg/resvg-wasm and a
 * bundled DejaVu Sans subset (resvg cannot see system fonts, and a bundled font makes the pixels
 * the same everywhere). The figure's metadata JSON is copied into an iTXt chunk "sorn-lab".
 *
 * Node: nothing to set up. Browser (Vite): call `initPng(wasmUrl)` once first, with
 * `import wasmUrl from "@resvg/resvg-wasm/index_bg.wasm?url"`. Fonts load from `./fonts/`
 * through `new URL(…, import.meta.url)`, which Vite bundles as assets.
 */
import { initWasm, Resvg } from "@resvg/resvg-wasm";
import { insertPngText, readPngMetadata, readPngSize } from "./pngmeta";
import { readSvgMetadata } from "./svg";

export { readPngMetadata, readPngSize };

/** What the wasm module can be initialised from (a URL, a Response, bytes or a compiled module). */
export type WasmSource = Parameters<typeof initWasm>[0];

/** Options of {@link svgToPng}. */
export interface PngOptions {
  /** Pixels per SVG px (default 2); ignored when `width` is given. */
  scale?: number;
  /** The image's width in pixels (the height follows the figure's aspect ratio). */
  width?: number;
  /** Background colour (default white; the figures draw their own white background too). */
  background?: string;
  /** Font files (TTF/OTF bytes) to use instead of the bundled DejaVu Sans subset. */
  fonts?: Uint8Array[];
}

const FONT_URLS = [
  new URL("./fonts/DejaVuSans-subset.ttf", import.meta.url),
  new URL("./fonts/DejaVuSans-Bold-subset.ttf", import.meta.url),
];

let wasmReady: Promise<void> | undefined;
let fontsReady: Promise<Uint8Array[]> | undefined;

const isNode = (): boolean =>
  typeof process !== "undefined" && typeof process.versions === "object" && !!process.versions?.node;

/** Imports a Node built-in without letting a bundler try to resolve it for the browser. */
async function nodeImport<T>(name: string): Promise<T> {
  return (await import(/* @vite-ignore */ name)) as T;
}

async function readBytes(url: URL): Promise<Uint8Array> {
  if (url.protocol === "file:") {
    const fs = await nodeImport<typeof import("node:fs/promises")>("node:fs/promises");
    return new Uint8Array(await fs.readFile(url));
  }
  const res = await fetch(url);
  if (!res.ok) throw new Error(`svgToPng: could not load ${url.href} (${res.status})`);
  return new Uint8Array(await res.arrayBuffer());
}

async function nodeWasm(): Promise<Uint8Array> {
  const { createRequire } = await nodeImport<typeof import("node:module")>("node:module");
  const fs = await nodeImport<typeof import("node:fs/promises")>("node:fs/promises");
  const path = createRequire(import.meta.url).resolve("@resvg/resvg-wasm/index_bg.wasm");
  return new Uint8Array(await fs.readFile(path));
}

/**
 * Initialises the resvg wasm module once. In Node it is found in node_modules when `wasm` is
 * omitted; in a browser pass its URL. Later calls return the first call's promise.
 */
export function initPng(wasm?: WasmSource): Promise<void> {
  if (!wasmReady) {
    const source: Promise<WasmSource> =
      wasm !== undefined
        ? Promise.resolve(wasm)
        : isNode()
          ? nodeWasm()
          : Promise.reject(new Error("svgToPng: in a browser call initPng(wasmUrl) first"));
    wasmReady = initWasm(source).catch((e: unknown) => {
      wasmReady = undefined;
      throw e;
    });
  }
  return wasmReady;
}

/** The bundled fonts' bytes (loaded once). */
export function bundledFonts(): Promise<Uint8Array[]> {
  fontsReady ??= Promise.all(FONT_URLS.map(readBytes)).catch((e: unknown) => {
    fontsReady = undefined;
    throw e;
  });
  return fontsReady;
}

/**
 * Renders a figure SVG to PNG bytes at `scale` pixels per px, and stores the SVG's metadata
 * JSON (when present) in an iTXt chunk with keyword "sorn-lab" (read it with readPngMetadata).
 */
export async function svgToPng(svg: string, options: PngOptions = {}): Promise<Uint8Array> {
  const scale = options.scale ?? 2;
  if (!(Number.isFinite(scale) && scale > 0)) throw new Error(`svgToPng: scale must be > 0, got ${scale}`);
  const width = options.width;
  if (width !== undefined && !(Number.isInteger(width) && width > 0)) throw new Error(`svgToPng: width must be a positive integer, got ${width}`);
  if (typeof svg !== "string" || !/<svg\b/.test(svg)) throw new Error("svgToPng: input is not an SVG document");
  const meta = readSvgMetadata(svg);
  await initPng();
  const fontBuffers = options.fonts ?? (await bundledFonts());
  const resvg = new Resvg(svg, {
    fitTo: width !== undefined ? { mode: "width", value: width } : { mode: "zoom", value: scale },
    background: options.background ?? "#ffffff",
    font: { fontBuffers, defaultFontFamily: "DejaVu Sans", sansSerifFamily: "DejaVu Sans" },
  });
  try {
    const image = resvg.render();
    const png = image.asPng();
    image.free();
    return meta ? insertPngText(png, JSON.stringify(meta)) : png;
  } finally {
    resvg.free();
  }
}
