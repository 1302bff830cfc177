/** Entry of the analysis worker: PNG rendering with the bundled resvg wasm, analyses on demand. */
import { expose } from "comlink";
import wasmUrl from "@resvg/resvg-wasm/index_bg.wasm?url";
import { initPng, svgToPng } from "../figures/png";
import { AnalysisService } from "./analysis-service";

expose(
  new AnalysisService(async (svg) => {
    await initPng(wasmUrl);
    return svgToPng(svg);
  }),
);
