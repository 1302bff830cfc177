/**
 * The Fig. 1 panel (Florian 2007; issue 17 §3): w(t) over 200 ms of one synapse under MSTDP,
 * MSTDPET and Spikey's RLSTDP from the models' runner, drawn as SVG paths, with the pre (▲) and
 * post (▼) spike times, the reward sign (+1 before 100 ms, −1 after, as a band) and each rule's
 * final weight and peak as text. Each path carries `data-final` / `data-peak` for the tests.
 */
import { format } from "d3";
import { useMemo, useState } from "react";
import { curvePath, FIG1_MARKS, fig1Curves, weightRange, xOf, yOf, type PlotBox } from "../../state/spikey/fig1";
import { fig1Color } from "./rule-colors";

const W = 640;
const H = 312;
/** Tick labels as the other charts print them (d3's format: a minus sign "−", not a hyphen). */
const tick = format(".2f");

/** The Fig. 1 panel: the three w(t) curves, the spike marks, the reward band and the table of final and peak weights. */
export function Fig1Panel() {
  const curves = useMemo(() => fig1Curves(), []);
  const [shown, setShown] = useState<Record<string, boolean>>({ mstdpet: true, mstdp: true, "spikey-rlstdp": true });
  const { lo, hi } = weightRange(curves);
  const box: PlotBox = { left: 56, top: 28, width: W - 76, height: H - 88, lo, hi };
  const bottom = box.top + box.height;
  const flip = xOf(box, FIG1_MARKS.flipAt);
  const ticks = Array.from({ length: Math.round((hi - lo) / 0.05) + 1 }, (_, i) => lo + i * 0.05);
  return (
    <section className="exp-results" aria-labelledby="spikey-fig1-h">
      <h4 id="spikey-fig1-h">3. Florian 2007, Fig. 1: one synapse under reward-modulated STDP</h4>
      <p className="desc">
        Pre spikes at {FIG1_MARKS.pre.join(", ")} ms, post at {FIG1_MARKS.post.join(", ")} ms; reward +1 until {FIG1_MARKS.flipAt} ms, −1 after; γ 0.2, τz 25 ms, τ± 20 ms, A± ±1,
        w(0) = {FIG1_MARKS.w0}. Computed here by the models' own synapse parts.
      </p>
      <div className="exp-controls" role="group" aria-label="Fig. 1 rules">
        {curves.map((c) => (
          <label key={c.rule} className="check">
            <input type="checkbox" checked={shown[c.rule]} onChange={(e) => setShown({ ...shown, [c.rule]: e.target.checked })} /> {c.label}
          </label>
        ))}
      </div>
      <svg className="spikey-fig1" viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label="Weight w(t) of one synapse over 200 ms" data-testid="spikey-fig1">
        <rect x={box.left} y={box.top} width={flip - box.left} height={box.height} fill="#009E73" opacity={0.07} />
        <rect x={flip} y={box.top} width={box.left + box.width - flip} height={box.height} fill="#D55E00" opacity={0.07} />
        <text x={box.left + 4} y={box.top - 6} fontSize={11}>reward +1</text>
        <text x={flip + 4} y={box.top - 6} fontSize={11}>reward −1</text>
        {ticks.map((v) => (
          <g key={tick(v)}>
            <line x1={box.left - 4} x2={box.left} y1={yOf(box, v)} y2={yOf(box, v)} stroke="currentColor" />
            <text x={box.left - 8} y={yOf(box, v) + 4} fontSize={10} textAnchor="end">
              {tick(v)}
            </text>
          </g>
        ))}
        {[0, 50, 100, 150, 200].map((t) => (
          <text key={t} x={xOf(box, t)} y={bottom + 38} fontSize={10} textAnchor="middle">
            {t}
          </text>
        ))}
        <text x={box.left + box.width / 2} y={H - 4} fontSize={11} textAnchor="middle">t (ms)</text>
        <rect x={box.left} y={box.top} width={box.width} height={box.height} fill="none" stroke="currentColor" opacity={0.5} />
        {FIG1_MARKS.pre.map((t) => (
          <text key={`pre${t}`} x={xOf(box, t)} y={bottom + 13} fontSize={10} textAnchor="middle" data-testid="spikey-fig1-pre">▲</text>
        ))}
        {FIG1_MARKS.post.map((t) => (
          <text key={`post${t}`} x={xOf(box, t)} y={bottom + 24} fontSize={10} textAnchor="middle" fill="#CC79A7" data-testid="spikey-fig1-post">▼</text>
        ))}
        <text x={4} y={bottom + 13} fontSize={10}>pre</text>
        <text x={4} y={bottom + 24} fontSize={10} fill="#CC79A7">post</text>
        {curves.map((c) =>
          shown[c.rule] ? <path key={c.rule} d={curvePath(c, box)} fill="none" stroke={fig1Color(c.rule)} strokeWidth={1.6} data-rule={c.rule} data-final={c.final.toFixed(5)} data-peak={c.peak.toFixed(5)} data-peak-t={c.peakT} /> : null,
        )}
      </svg>
      <table className="spikey-table" aria-label="Fig. 1 final and peak weights">
        <thead>
          <tr>
            <th scope="col">rule</th>
            <th scope="col">w(200 ms)</th>
            <th scope="col">peak</th>
            <th scope="col">at</th>
          </tr>
        </thead>
        <tbody>
          {curves.map((c) => (
            <tr key={c.rule}>
              <th scope="row">
                <span aria-hidden="true" style={{ display: "inline-block", width: "0.8em", height: "0.8em", marginRight: "0.4em", background: fig1Color(c.rule) }} />
                {c.label}
              </th>
              <td data-testid={`spikey-fig1-final-${c.rule}`}>{c.final.toFixed(5)}</td>
              <td data-testid={`spikey-fig1-peak-${c.rule}`}>{c.peak.toFixed(5)}</td>
              <td>{c.peakT} ms</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
