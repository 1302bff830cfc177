/**
 * The statistical part of criterion C22 (spec experiments.md §5) on perturbation rows (counting
 * preset n = 8, 5 seeds, P = 50, H = 100, counting input; seeds paired by number):
 *   static: ≥ 95 % of all its perturbations dead at t = 100, and mean d(20) ≤ 0.5;
 *   SORN mean d(10) > static mean d(10) in ≥ 4/5 of the seeds;
 *   IP-only mean d(2) > static mean d(2) in ≥ 4/5 of the seeds   (cal: all 5/5).
 * Only rows with input "counting" and n = 8 count; missing rows make a criterion SKIP.
 */
import type { Verdict } from "../counting/criteria";
import { meanSd } from "../counting/sweep";
import type { CountingCondition } from "../counting/preset";
import type { PerturbationRow } from "./job";

function verdict(id: string, rule: string, ok: boolean | null, measured: string): Verdict {
  return { id, rule, status: ok === null ? "SKIP" : ok ? "PASS" : "FAIL", measured };
}

const f2 = (x: number) => x.toFixed(2);

function bySeed(rows: readonly PerturbationRow[], c: CountingCondition): Map<number, PerturbationRow> {
  return new Map(rows.filter((r) => r.condition === c && r.input === "counting" && r.n === 8).map((r) => [r.seed, r]));
}

/** a's d(k) > b's d(k), paired over the seeds both have. */
function pairedAbove(a: Map<number, PerturbationRow>, b: Map<number, PerturbationRow>, k: number): { seeds: number; wins: number; text: string } {
  const seeds = [...a.keys()].filter((s) => b.has(s) && a.get(s)!.d.length > k);
  const wins = seeds.filter((s) => a.get(s)!.d[k] > b.get(s)!.d[k]).length;
  const text = seeds.map((s) => `${f2(a.get(s)!.d[k])} vs ${f2(b.get(s)!.d[k])}`).join(", ");
  return { seeds: seeds.length, wins, text: `${wins}/${seeds.length} seeds (${text})` };
}

/** C22's three statistical checks. */
export function criterionC22(rows: readonly PerturbationRow[]): Verdict[] {
  const st = bySeed(rows, "static"), so = bySeed(rows, "sorn"), ip = bySeed(rows, "ip");
  const stRows = [...st.values()].filter((r) => r.d.length > 100);
  const dead = meanSd(stRows.map((r) => r.dead)).mean;
  const d20 = meanSd(stRows.map((r) => r.d[20])).mean;
  const out: Verdict[] = [
    verdict("C22 static", "static: ≥ 95 % of perturbations dead at t = 100 and mean d(20) ≤ 0.5 (cal 100 %, d(20) 0.00–0.14)", stRows.length ? dead >= 0.95 && d20 <= 0.5 : null, stRows.length ? `${(100 * dead).toFixed(1)} % dead, mean d(20) ${f2(d20)} (${stRows.length} seeds; per seed d(20) ${stRows.map((r) => f2(r.d[20])).join(", ")})` : "no rows with H ≥ 100"),
  ];
  const s10 = pairedAbove(so, st, 10);
  out.push(verdict("C22 sorn d(10)", "SORN mean d(10) > static mean d(10) in ≥ 4/5 seeds (cal 5/5)", s10.seeds ? s10.wins >= 0.8 * s10.seeds : null, s10.text));
  const i2 = pairedAbove(ip, st, 2);
  out.push(verdict("C22 ip d(2)", "IP-only mean d(2) > static mean d(2) in ≥ 4/5 seeds (cal 5/5)", i2.seeds ? i2.wins >= 0.8 * i2.seeds : null, i2.text));
  return out;
}
