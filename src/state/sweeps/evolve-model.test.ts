import { describe, expect, it } from "vitest";
import { runJobs } from "../../pool/node";
import type { PointRunner } from "../../experiments/sweep/runner";
import { poolEvaluator } from "../../experiments/evolve/evaluate-sweep";
import { nqueensSpec } from "../../experiments/evolve/nqueens";
import { checkEvolve } from "../../experiments/evolve/spec";
import { evolve } from "../../experiments/evolve/evolve";
import { evolveFigure, genotypeText, queenBoard } from "./evolve-chart-data";
import { EvolveModel, inThreadRunner, type EvolveBackend } from "./evolve-model";

const inProcess: PointRunner = (jobs, o) => runJobs(jobs, { ...o, workers: 0 });

function make(onPause: (m: EvolveModel) => void = () => {}) {
  const saved: string[] = [];
  const backend: EvolveBackend = { pause: async () => onPause(model), save: (t) => saved.push(t), now: () => 0 };
  const model: EvolveModel = new EvolveModel(backend);
  return { model, saved };
}

describe("genetic search in the page", () => {
  it("solves 8 queens at seed 0 in generation 416, as sorn evolve does", async () => {
    const { model } = make();
    await model.run();
    const s = model.store.getState();
    expect(s.message).toBe("8 queens, seed 0: solved: a board without clashes (fitness 28) at generation 416 (0.0 s).");
    expect(s.checkpoint!.history).toHaveLength(417);
    const board = queenBoard(s.checkpoint!.best!.genes);
    expect(board.flat().filter(Boolean)).toHaveLength(8); // eight queens on eight squares
    expect(board.every((row) => row.filter(Boolean).length === 1)).toBe(true);
    expect(genotypeText(s.checkpoint!.best!.genes)).toMatch(/^a \(\d, \d\), b \(\d, \d\), .* h \(\d, \d\)$/);
  }, 60_000);

  it("stops between generations and resumes from the checkpoint to the same result", async () => {
    let gens = 0;
    const { model } = make((m) => {
      if (++gens === 5) m.cancel();
    });
    model.edit({ seed: "3", generations: "20" });
    await model.run();
    expect(model.store.getState().message).toBe("8 queens, seed 3: cancelled after generation 4: Run resumes from it (0.0 s).");
    await model.run();
    const resumed = model.store.getState().checkpoint!;
    const whole = make();
    whole.model.edit({ seed: "3", generations: "20" });
    await whole.model.run();
    const fresh = whole.model.store.getState().checkpoint!;
    expect(resumed.generation).toBe(19);
    expect(JSON.stringify(resumed)).toBe(JSON.stringify(fresh));
    expect(whole.model.store.getState().message).toMatch(/^8 queens, seed 3: no board without clashes within 20 generations \(best fitness 2\d\)/);
    const f = evolveFigure(fresh.history);
    expect(f.traces.map((t) => t.x.length)).toEqual([20, 20, 20]);
    const h = fresh.history[7];
    expect((f.traces[0].base as number[])[7]).toBe(h.q1);
    expect((f.traces[1].text as string[])[7]).toBe(`generation 7: median ${h.median} (q1 ${h.q1} – q3 ${h.q3}), min ${h.min}, max ${h.max}; ${h.evaluated} evaluated`);
  }, 60_000);

  it("evaluates batches exactly as the pool does", async () => {
    const spec = checkEvolve(nqueensSpec(5, 6));
    const a = await evolve(spec, poolEvaluator(spec, inThreadRunner));
    const b = await evolve(spec, poolEvaluator(spec, inProcess, 0));
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it("refuses a bad seed or cap at its field", async () => {
    const { model } = make();
    model.edit({ seed: "-1", generations: "0" });
    await model.run();
    expect(model.store.getState().errors).toEqual({ seed: "seed: must be an integer in [0, 4294967295], got '-1'", generations: "generations: a whole number from 1 to 3000, got '0'" });
    expect(model.store.getState().phase).toBe("idle");
  });
});
