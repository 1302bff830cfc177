/**
 * The STDP-kernel explorer (issue 17 §3; spec spikey.md §6 "stdp_viz"): ΔW against Δt = t_post −
 * t_pre of one pre/post pair under each synapse part (RLSTDP, LTP, MSTDP, MSTDPET), run by the
 * parts themselves (`src/state/spikey/stdp-kernel.ts`), with Spikey's window W, Florian's τ± and
 * an excitatory or inhibitory pre unit to choose. SVG, one path per rule with its values in
 * `data-dw` for the tests; each rule in its colour of `rule-colors.ts` (as in Fig. 1), MSTDP
 * dashed on top of MSTDPET (one pairing: the two all but coincide; the note gives the largest
 * gap), a legend above the plot and d3's ticks and tick format (minus sign "−").
 */
import { scaleLinear } from "d3";
import { useMemo, useState } from "react";
import { DEFAULT_KERNEL, KERNEL_RULES, stdpKernel, type KernelOptions, type KernelRule } from "../../state/spikey/stdp-kernel";
import { RULE_COLORS, RULE_DASH } from "./rule-colors";

const W = 640;
const H = 280;
const BOX = { left: 56, top: 34, width: W - 76, height: H - 74 };
/** Drawing order: MSTDP (dashed) last, on top of MSTDPET, which it nearly equals for one pairing. */
const DRAW_ORDER: readonly KernelRule[] = ["RLSTDP", "LTP", "MSTDPET", "MSTDP"];
const LEGEND: Readonly<Record<KernelRule, string>> = { RLSTDP: "RLSTDP (Spikey)", LTP: "LTP", MSTDPET: "MSTDPET", MSTDP: "MSTDP (dashed)" };

/** The largest |ΔW_MSTDP − ΔW_MSTDPET| over Δt. */
function mstdpGap(kernels: readonly { rule: KernelRule; dw: number[] }[]): number {
  const a = kernels.find((k) => k.rule === "MSTDP")?.dw ?? [], b = kernels.find((k) => k.rule === "MSTDPET")?.dw ?? [];
  return a.reduce((m, v, i) => Math.max(m, Math.abs(v - b[i])), 0);
}

/** The explorer: its settings and ΔW(Δt) of the four rules on one chart. */
export function KernelExplorer() {
  const [o, setO] = useState<KernelOptions>(DEFAULT_KERNEL);
  const kernels = useMemo(() => KERNEL_RULES.map((rule) => ({ rule, ...stdpKernel(rule, o) })), [o]);
  const lim = Math.max(1e-9, ...kernels.flatMap((k) => k.dw.map(Math.abs))) * 1.1;
  const x = scaleLinear().domain([-o.span, o.span]).range([BOX.left, BOX.left + BOX.width]);
  const y = scaleLinear().domain([-lim, lim]).range([BOX.top + BOX.height, BOX.top]);
  const xTicks = x.ticks(6), yTicks = y.ticks(5);
  const xFormat = x.tickFormat(6), yFormat = y.tickFormat(5);
  const gap = mstdpGap(kernels);
  const windows = Array.from({ length: 27 }, (_, i) => i + 4);
  let legendX = BOX.left;
  const legend = KERNEL_RULES.map((rule) => {
    const at = legendX;
    legendX += 30 + LEGEND[rule].length * 6.4;
    return { rule, at };
  });
  return (
    <section className="exp-results" aria-labelledby="spikey-kernel-h">
      <h4 id="spikey-kernel-h">4. STDP kernels: ΔW against Δt = t_post − t_pre</h4>
      <p className="desc">One pre/post pair on one synapse (w = 1), reward +1 after every step for 200 steps, learning rate 1; each rule is the synapse part itself.</p>
      <p className="desc" data-testid="spikey-kernel-note">
        For a single pairing MSTDP (dashed) and MSTDPET coincide to the eye: here they differ by at most {gap.toFixed(4)} in ΔW, since the reward on the steps after the pair
        integrates all but a sliver of MSTDPET's eligibility trace (τz 25 ms). They part when the reward changes after the pair (Fig. 1 above).
      </p>
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
        {xTicks.map((t) => (
          <g key={t}>
            <line x1={x(t)} x2={x(t)} y1={BOX.top + BOX.height} y2={BOX.top + BOX.height + 4} stroke="currentColor" />
            <text x={x(t)} y={BOX.top + BOX.height + 16} fontSize={10} textAnchor="middle">
              {xFormat(t)}
            </text>
          </g>
        ))}
        <text x={BOX.left + BOX.width / 2} y={H - 6} fontSize={11} textAnchor="middle">Δt (ms)</text>
        {yTicks.map((v) => (
          <g key={v}>
            <line x1={BOX.left - 4} x2={BOX.left} y1={y(v)} y2={y(v)} stroke="currentColor" />
            <text x={BOX.left - 6} y={y(v) + 4} fontSize={10} textAnchor="end" data-testid="spikey-kernel-ytick">
              {yFormat(v)}
            </text>
          </g>
        ))}
        <text x={14} y={BOX.top + BOX.height / 2} fontSize={11} textAnchor="middle" transform={`rotate(-90 14 ${BOX.top + BOX.height / 2})`}>ΔW</text>
        {legend.map(({ rule, at }) => (
          <g key={rule} data-testid={`spikey-kernel-legend-${rule}`}>
            <line x1={at} x2={at + 22} y1={14} y2={14} stroke={RULE_COLORS[rule]} strokeWidth={rule === "MSTDPET" ? 3 : 1.8} strokeDasharray={RULE_DASH[rule]} />
            <text x={at + 26} y={18} fontSize={11}>
              {LEGEND[rule]}
            </text>
          </g>
        ))}
        {DRAW_ORDER.map((rule) => {
          const k = kernels.find((c) => c.rule === rule)!;
          return (
            <path
              key={rule}
              d={k.dt.map((d, j) => `${j ? "L" : "M"}${x(d).toFixed(2)} ${y(k.dw[j]).toFixed(2)}`).join(" ")}
              fill="none"
              stroke={RULE_COLORS[rule]}
              strokeWidth={rule === "MSTDPET" ? 3 : 1.5}
              strokeDasharray={RULE_DASH[rule]}
              data-rule={rule}
              data-dw={k.dw.map((v) => v.toFixed(4)).join(",")}
            />
          );
        })}
      </svg>
    </section>
  );
}
