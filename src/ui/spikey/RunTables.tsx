/**
 * The Spikey run's tables over the last patterns (issue 17 §6): the per-state input → output rate
 * table (for Logic games 00 / 01 / 10 / 11) beside each state's target, and the state → action
 * heat map (cells shaded by the fraction of the state's patterns that gave the action). Each
 * number sits in its own cell with a test id, so the tests read them from the DOM.
 */
import { useStore } from "zustand";
import type { SpikeyRunModel } from "../../state/spikey/run";
import { WINDOW } from "../../state/spikey/tick-window";

const f = (v: number, d = 4) => (Number.isFinite(v) ? v.toFixed(d) : "–");

/** Rate table: per state, the patterns in the window, the mean output rate r̄_s and the target. */
export function RateTable({ model }: { model: SpikeyRunModel }) {
  const rows = useStore(model.store, (s) => s.rates);
  const hasTarget = rows.some((r) => r.target !== null);
  return (
    <table className="spikey-table" data-testid="spikey-rate-table" aria-label="Output rate per input state">
      <caption>Output rate per state (spikes per ms per output neuron), last {WINDOW} patterns</caption>
      <thead>
        <tr>
          <th scope="col">state</th>
          <th scope="col">patterns</th>
          <th scope="col">rate</th>
          {hasTarget && <th scope="col">target</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.state} data-state={r.state}>
            <th scope="row">{r.state}</th>
            <td data-testid={`spikey-n-${r.state}`}>{r.n}</td>
            <td data-testid={`spikey-rate-${r.state}`}>{f(r.rate)}</td>
            {hasTarget && <td>{r.target ?? ""}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Heat map: counts c[s][a] of action a in state s over the window, shaded by c[s][a] / Σ_a c[s][a]. */
export function ActionHeatMap({ model }: { model: SpikeyRunModel }) {
  const { actions, counts } = useStore(model.store, (s) => s.actions);
  const states = useStore(model.store, (s) => s.rates.map((r) => r.state).join(","));
  const keys = states ? states.split(",") : [];
  if (!actions.length) return <p className="desc">The state → action heat map fills once patterns have run.</p>;
  return (
    <table className="spikey-table spikey-heat" data-testid="spikey-heat-map" aria-label="State to action counts">
      <caption>State → action, last {WINDOW} patterns (shade: the fraction of the state's patterns)</caption>
      <thead>
        <tr>
          <th scope="col">state \ action</th>
          {actions.map((a) => (
            <th key={a} scope="col">
              {Number.isInteger(a) ? a : a.toFixed(2)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {keys.map((s, i) => {
          const total = counts[i]?.reduce((x, y) => x + y, 0) ?? 0;
          return (
            <tr key={s}>
              <th scope="row">{s}</th>
              {actions.map((a, j) => {
                const c = counts[i]?.[j] ?? 0;
                const p = total ? c / total : 0;
                return (
                  <td key={a} data-testid={`spikey-heat-${s}-${j}`} style={{ background: `rgba(0, 114, 178, ${(0.08 + 0.8 * p).toFixed(3)})`, color: p > 0.55 ? "white" : undefined }}>
                    {c}
                  </td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
