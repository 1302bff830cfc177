/**
 * The STDP-kernel explorer (issue 17 §3; spec spikey.md §6 "stdp_viz"): ΔW against Δt = t_post −
 * t_pre of one pre/post pair under each synapse part (RLSTDP, LTP, MSTDP, MSTDPET), run by the
 * parts themselves (`src/state/spikey/stdp-kernel.ts`), with Spikey's window W, Florian's τ± and
 * an excitatory or inhibitory pre unit to choose. SVG, one path per rule with its values in
 * `data-dw` for the tests.
 */
import { useMemo, useState } from "react";
import { DEFAULT_KERNEL, KERNEL_RULES, stdpKernel, type KernelOptions } from "../../state/spikey/stdp-kernel";

const W = 640;
const H = 260;
const BOX = { left: 56, top: 12, width: W - 76, height: H - 52 };
const COLORS = ["#0072B2", "#56B4E9", "#D55E00", "#009E73"];

/** The explorer: its settings and ΔW(Δt) of the four rules on one chart. */
export function KernelExplorer() {
  const [o, setO] = useState<KernelOptions>(DEFAULT_KERNEL);
  const kernels = useMemo(() => KERNEL_RULES.map((rule) => ({ rule, ...stdpKernel(rule, o) })), [o]);
  const lim = Math.max(1e-9, ...kernels.flatMap((k) => k.dw.map(Math.abs))) * 1.1;
  const x = (dt: number) => BOX.left + ((dt + o.span) / (2 * o.span)) * BOX.width;
  const y = (dw: number) => BOX.top + (1 - (dw + lim) / (2 * lim)) * BOX.height;
  const windows = Array.from({ length: 27 }, (_, i) => i + 4);
  return (
    <section className="exp-results" aria-labelledby="spikey-kernel-h">
      <h4 id="spikey-kernel-h">4. STDP kernels: ΔW against Δt = t_post − t_pre</h4>
      <p className="desc">One pre/post pair on one synapse (w = 1), reward +1 after every step for 200 steps, learning rate 1; each rule is the synapse part itself.</p>
      <div className="exp-controls" role="group" aria-label="Kernel settings">
        <label className="exp-field">
          Spikey window W{" "}
          <select aria-label="Spikey window W" value={o.window} onChange={(e) => setO({ ...o, window: Number(e.target.value) })}>
            {windows.map((w) => (
              <option key={w}>{w}</option>
            ))}
          </select>
        </label>
        <label className="exp-field">
          Florian τ± (ms){" "}
          <select aria-label="Florian tau" value={o.tau} onChange={(e) => setO({ ...o, tau: Number(e.target.value) })}>
            {[5, 10, 20, 40].map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={o.inhibitory} onChange={(e) => setO({ ...o, inhibitory: e.target.checked })} /> inhibitory pre unit
        </label>
      </div>
      <svg className="spikey-fig1" viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label="STDP kernels" data-testid="spikey-kernels">
        <rect x={BOX.left} y={BOX.top} width={BOX.width} height={BOX.height} fill="none" stroke="currentColor" opacity={0.5} />
        <line x1={BOX.left} x2={BOX.left + BOX.width} y1={y(0)} y2={y(0)} stroke="currentColor" opacity={0.3} />
        <line x1={x(0)} x2={x(0)} y1={BOX.top} y2={BOX.top + BOX.height} stroke="currentColor" opacity={0.3} />
        {[-o.span, -o.span / 2, 0, o.span / 2, o.span].map((t) => (
          <text key={t} x={x(t)} y={H - 22} fontSize={10} textAnchor="middle">
            {t}
          </text>
        ))}
        <text x={BOX.left + BOX.width / 2} y={H - 6} fontSize={11} textAnchor="middle">Δt (ms)</text>
        {[-lim / 1.1, 0, lim / 1.1].map((v) => (
          <text key={v} x={BOX.left - 6} y={y(v) + 4} fontSize={10} textAnchor="end">
            {v.toFixed(2)}
          </text>
        ))}
        {kernels.map((k, i) => (
          <g key={k.rule}>
            <path d={k.dt.map((d, j) => `${j ? "L" : "M"}${x(d).toFixed(2)} ${y(k.dw[j]).toFixed(2)}`).join(" ")} fill="none" stroke={COLORS[i]} strokeWidth={1.5} data-rule={k.rule} data-dw={k.dw.map((v) => v.toFixed(4)).join(",")} />
            <text x={BOX.left + 8 + i * 90} y={BOX.top + 14} fontSize={11} fill={COLORS[i]}>
              {k.rule}
            </text>
          </g>
        ))}
      </svg>
    </section>
  );
}
