/**
 * Entry of the analysis worker: PNG rendering with the bundled resvg wasm, PDF with pdfkit (a
 * chunk of its own, imported on the first PDF), analyses on demand.
 */
import { expose } from "comlink";
import wasmUrl from "@resvg/resvg-wasm/index_bg.wasm?url";
import { initPng, svgToPng } from "../figures/png";
import { AnalysisService } from "./analysis-service";

expose(
  new AnalysisService(
    async (svg, options) => {
      await initPng(wasmUrl);
      return svgToPng(svg, options);
    },
    async (svg, size) => (await import("../figures/pdf-browser")).svgToPdfInBrowser(svg, size),
  ),
);
