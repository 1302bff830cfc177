/**
 * Correlation heat-map: the strict lower triangle of an N×N matrix (the upper triangle and the
 * diagonal are masked, as in the package), a diverging colour scale centred at 0 and a colour
 * bar. Large matrices are block-averaged to at most `maxCells`×`maxCells` cells.
 */
import { color, interpolateRdBu, scaleDiverging, scaleLinear } from "d3";
import { axisBottom, axisLeft, frame, integerAxis, linearAxis, type AxisSpec, type Panel } from "./axes";
import { el, figureSize, HEADER_HEIGHT, svgDocument, text, type FigureMeta } from "./svg";
import { checkScalar, checkSquare, type Numbers } from "./validate";

/** Input of {@link correlationFigure}. */
export interface CorrelationInput {
  /** Row-major n×n correlation matrix (NaN not allowed: replace undefined correlations by 0). */
  matrix: Numbers;
  n: number;
  /** Colour-scale limit: values are clamped to [−vmax, vmax] (default 0.1, as the package). */
  vmax?: number;
  /** Most cells per side before block-averaging (default 200). */
  maxCells?: number;
}

/** The averaged strict lower triangle in blocks of `b` neurons; null where a block has no entry. */
export function blockLowerTriangle(m: Numbers, n: number, b: number): (number | null)[][] {
  const k = Math.ceil(n / b);
  const sum = Array.from({ length: k }, () => new Float64Array(k));
  const cnt = Array.from({ length: k }, () => new Float64Array(k));
  for (let i = 1; i < n; i++) {
    const bi = Math.floor(i / b);
    for (let j = 0; j < i; j++) {
      const bj = Math.floor(j / b);
      sum[bi][bj] += m[i * n + j];
      cnt[bi][bj] += 1;
    }
  }
  return sum.map((row, bi) => Array.from(row, (s, bj) => (cnt[bi][bj] > 0 ? s / cnt[bi][bj] : null)));
}

/** Heat-map of the lower triangle of a correlation matrix with a colour bar. */
export function correlationFigure(input: CorrelationInput, meta: FigureMeta): string {
  const figure = "correlationFigure";
  const { n } = input;
  checkSquare(figure, "matrix", input.matrix, n);
  if (n < 2) throw new Error(`${figure}: need at least 2 neurons, got n = ${n}`);
  const vmax = input.vmax ?? 0.1;
  checkScalar(figure, "vmax", vmax, "positive");
  const maxCells = input.maxCells ?? 200;
  checkScalar(figure, "maxCells", maxCells, "count");

  const b = Math.ceil(n / maxCells);
  const cells = blockLowerTriangle(input.matrix, n, b);
  // The square map leaves 200 units on the right for the colour bar and its title.
  const size = figureSize(meta, 680, 598);
  const { width } = size;
  const side = Math.min(width - 200, size.height - HEADER_HEIGHT - 60);
  const height = meta.layout?.height !== undefined ? size.height : HEADER_HEIGHT + side + 60;
  const p: Panel = { x: 70, y: HEADER_HEIGHT, width: side, height: side };
  const sx = scaleLinear().domain([0, n]).range([p.x, p.x + side]);
  const sy = scaleLinear().domain([0, n]).range([p.y, p.y + side]);
  const fill = scaleDiverging(interpolateRdBu).domain([vmax, 0, -vmax]).clamp(true);
  const hex = (v: number): string => color(fill(v))?.formatHex() ?? "#000000";

  const rects: string[] = [];
  cells.forEach((row, bi) =>
    row.forEach((v, bj) => {
      if (v === null) return;
      const x0 = sx(bj * b);
      const y0 = sy(bi * b);
      const attrs = { x: x0, y: y0, width: sx(Math.min(n, (bj + 1) * b)) - x0, height: sy(Math.min(n, (bi + 1) * b)) - y0 };
      rects.push(el("rect", { ...attrs, fill: hex(v) }));
    }),
  );
  const idx = (scale: typeof sx, label: string): AxisSpec => {
    const a = integerAxis(scaleLinear().domain([0, n - 1]).range([0, 1]), label, 6);
    return { ...a, pos: (v) => scale(v + 0.5) };
  };
  const body = [
    el("g", { class: "cells", "shape-rendering": "crispEdges" }, rects.join("")),
    frame(p),
    axisBottom(p, idx(sx, "neuron index (column j)")),
    axisLeft(p, idx(sy, "neuron index (row i)")),
    colorBar({ x: p.x + side + 24, y: p.y, width: 16, height: side }, vmax, hex),
  ].join("\n");
  const cellsSide = cells.length;
  const subtitle =
    b > 1
      ? `lower triangle, ${n} neurons block-averaged into ${cellsSide}×${cellsSide} cells of ${b}×${b}`
      : `lower triangle, ${n}×${n} neurons`;
  return svgDocument({ width, height, meta, subtitle, body });
}

/** A vertical colour bar from −vmax (bottom) to vmax (top) with ticks and its title. */
function colorBar(p: Panel, vmax: number, hex: (v: number) => string): string {
  const steps = 64;
  const y = scaleLinear().domain([-vmax, vmax]).range([p.y + p.height, p.y]);
  const h = p.height / steps;
  const stripes = Array.from({ length: steps }, (_, i) => {
    const v = -vmax + ((i + 0.5) * 2 * vmax) / steps;
    return el("rect", { x: p.x, y: p.y + p.height - (i + 1) * h, width: p.width, height: h, fill: hex(v) });
  });
  const axis = linearAxis(y, "correlation coefficient", 5);
  const ticks = axis.ticks.map(
    (t) =>
      el("line", { x1: p.x + p.width, x2: p.x + p.width + 4, y1: y(t), y2: y(t), stroke: "#000000" }) +
      text(p.x + p.width + 7, y(t) + 4, axis.format(t), { "font-size": 11 }),
  );
  const tx = p.x + p.width + 62;
  const ty = p.y + p.height / 2;
  const title = text(tx, ty, `correlation coefficient (clamped to ±${vmax})`, {
    "text-anchor": "middle",
    "font-size": 12,
    transform: `rotate(-90 ${Math.round(tx)} ${Math.round(ty)})`,
  });
  return el(
    "g",
    { class: "colorbar" },
    el("g", { "shape-rendering": "crispEdges" }, stripes.join("")) +
      el("rect", { x: p.x, y: p.y, width: p.width, height: p.height, fill: "none", stroke: "#000000" }) +
      ticks.join("") +
      title,
  );
}
