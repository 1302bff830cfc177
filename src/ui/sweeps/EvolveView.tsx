/**
 * The genetic search's self-test in the page: Spikey's Population algorithm on 8 queens (seed,
 * generation cap), Run / Cancel (between generations; Run resumes from the last checkpoint), a box
 * per generation with the best fitness so far, and the best genotype as a board.
 */
import { useStore } from "zustand";
import { EvolveChart } from "../../plots/evolve-chart";
import { genotypeText, queenBoard } from "../../state/sweeps/evolve-chart-data";
import type { EvolveModel } from "../../state/sweeps/evolve-model";
import { ChartBox, FieldError } from "../experiments/run-parts";

/** The search's form, chart and best board. */
export function EvolveView({ model }: { model: EvolveModel }) {
  const s = useStore(model.store);
  const running = s.phase === "running";
  const cp = s.checkpoint;
  const best = cp?.best ?? null;
  return (
    <details className="sweep-evolve">
      <summary>Genetic search: the 8-queens self-test</summary>
      <p className="desc">
        Spikey's Population algorithm (random immigrants, aged elitist survivors, one-gene mutants of the best half, one-point crossover, top-up, max age 4, a fitness cache) on
        Spikey's MetaNQueens: 16 genes place 8 queens, fitness = 28 − clashes, and the search stops at 28 (no two queens share a row, column or diagonal). Population 100,
        rates 0.1 / 0.1 / 0.3 / 0.5, as <code>sorn evolve --game nqueens</code>.
      </p>
      <form className="exp-form" onSubmit={(e) => { e.preventDefault(); void model.run(); }}>
        <label className="exp-field">
          GA seed <input aria-label="GA seed" className="narrow" value={s.seed} disabled={running} aria-invalid={!!s.errors.seed} onChange={(e) => model.edit({ seed: e.target.value })} />
          <FieldError id="evolve-seed-error" error={s.errors.seed} />
        </label>
        <label className="exp-field">
          Generations at most <input aria-label="Generations at most" className="narrow" value={s.generations} disabled={running} aria-invalid={!!s.errors.generations} onChange={(e) => model.edit({ generations: e.target.value })} />
          <FieldError id="evolve-generations-error" error={s.errors.generations} />
        </label>
        <div className="exp-controls">
          <button type="submit" className="primary" disabled={running}>Run search</button>
          {running && <button type="button" onClick={() => model.cancel()}>Stop search</button>}
          {cp && !running && <button type="button" onClick={() => model.download()}>Download checkpoint (JSON)</button>}
          {cp && <span data-testid="evolve-progress">generation {cp.generation}, best fitness {best?.fitness ?? "—"}</span>}
        </div>
      </form>
      <p role="status" className={s.phase === "failed" ? "field-error" : "exp-status"} data-testid="evolve-message">{s.message}</p>
      {cp && <ChartBox make={(host) => new EvolveChart(host, model.store)} testId="evolve-chart" label="Fitness per generation: a box per generation and the best so far" />}
      {best && (
        <>
          <p className="desc" data-testid="evolve-best">
            Best genotype (fitness {best.fitness}, generation {best.generation}): {genotypeText(best.genes)}
          </p>
          <table className="queen-board" aria-label={`Best board, fitness ${best.fitness}`}>
            <tbody>
              {queenBoard(best.genes).map((row, y) => (
                <tr key={y}>
                  {row.map((q, x) => <td key={x} className={(x + y) % 2 ? "dark" : "light"} title={q ? `queen ${q} at (${x}, ${y})` : undefined}>{q ? `♛${q.length > 1 ? "×" + q.split(",").length : ""}` : ""}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </details>
  );
}
