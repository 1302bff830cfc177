/**
 * SORN Lab figures: each a pure function from plain data plus a {@link FigureMeta} to a
 * standalone SVG string (no DOM), shared by the command line and the browser lab. PNG export
 * lives in `./png` (it loads a wasm renderer), so importing this module stays light.
 */
export { FIGURE_STYLES, FONT_FAMILY, GENERATOR, figureSize, readSvgMetadata, type FigureLayout, type FigureMeta, type FigureMetadata, type FigureStyle } from "./svg";
export { captionText, configSummary } from "./caption";
export type { Numbers, SpikeRaster } from "./validate";
export { rasterFigure, type RasterInput } from "./raster";
export { populationActivityFigure, type PopulationActivityInput } from "./population";
export { weightDistributionFigure, lognormalPdf, type WeightDistributionInput } from "./weights";
export { degreeFigure, type DegreeInput, type DegreeSample } from "./degree";
export { firingRateFigure, type FiringRateInput } from "./firingRate";
export { neuronRateFigure, type NeuronRateInput } from "./neuron-rates";
export { correlationFigure, type CorrelationInput } from "./correlation";
export { networkFigure, type NetworkInput } from "./network";
export { isiFigure, exponentialCurve, type IsiInput, type ExponentialFit } from "./isi";
export { connectionCountsFigure, type ConnectionCountsInput } from "./connections";
export { hammingDistanceFigure, type HammingDistanceInput } from "./hamming";
export { thresholdsFigure, type ThresholdsInput } from "./thresholds";
export { dashboardFigure, svgSize, type DashboardOptions } from "./dashboard";
export { readPngMetadata, readPngSize, PNG_KEYWORD } from "./pngmeta";
export { composeFigure, composeLayout, panelLetter, figureBox, COMPOSE_MARGIN, type ComposeOptions } from "./compose";
