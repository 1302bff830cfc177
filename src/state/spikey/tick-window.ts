/**
 * What the Spikey run's tables show, over the last {@link WINDOW} ticks (patterns): per game
 * state the number of patterns n_s and the mean output rate r̄_s = (1/n_s) Σ rate (spikes per ms
 * per output neuron, the same rate the per-seed job scores), beside the state's target; and the
 * state → action counts c[s][a] of the heat map (a vector action counted as its argmax). Also the
 * whole run's weight sums per tick for the weight-sum chart.
 */

/** Patterns the rate table and the heat map average over. */
export const WINDOW = 200;

/** One row of the rate table. */
export interface RateRow {
  readonly state: string;
  readonly n: number;
  /** Mean output rate, NaN when the window holds no pattern of this state. */
  readonly rate: number;
  /** The expected action / 1 when rewarded, or null. */
  readonly target: number | null;
}

/** The heat map: actions seen (sorted) and counts[state][action]. */
export interface ActionCounts {
  readonly actions: number[];
  readonly counts: number[][];
}

/** The window of the last ticks and the run's weight sums. */
export class TickWindow {
  private readonly state = new Int32Array(WINDOW);
  private readonly action = new Float64Array(WINDOW);
  private readonly rate = new Float64Array(WINDOW);
  private readonly reward = new Float64Array(WINDOW);
  private n = 0;
  /** Σ w over inputs' rows and over body rows, one entry per tick (index 0: at build). */
  readonly wIn: number[] = [];
  readonly wBody: number[] = [];

  constructor(
    readonly states: readonly string[],
    private readonly target: Readonly<Record<string, number>> | null,
    start: readonly [number, number],
  ) {
    this.wIn.push(start[0]);
    this.wBody.push(start[1]);
  }

  /** Ticks seen in all. */
  get ticks(): number {
    return this.n;
  }

  /** Add one tick. */
  push(state: number, action: number, rate: number, reward: number, wIn: number, wBody: number): void {
    const i = this.n % WINDOW;
    this.state[i] = state;
    this.action[i] = action;
    this.rate[i] = rate;
    this.reward[i] = reward;
    this.n++;
    this.wIn.push(wIn);
    this.wBody.push(wBody);
  }

  private each(f: (state: number, action: number, rate: number, reward: number) => void): void {
    for (let k = 0, m = Math.min(this.n, WINDOW); k < m; k++) f(this.state[k], this.action[k], this.rate[k], this.reward[k]);
  }

  /** The rate table, one row per state in the game's order. */
  rates(): RateRow[] {
    const sum = new Float64Array(this.states.length);
    const cnt = new Int32Array(this.states.length);
    this.each((s, _a, r) => {
      if (s < 0) return;
      sum[s] += r;
      cnt[s]++;
    });
    return this.states.map((state, s) => ({ state, n: cnt[s], rate: cnt[s] ? sum[s] / cnt[s] : NaN, target: this.target ? (this.target[state] ?? 0) : null }));
  }

  /** The state → action counts. */
  actionCounts(): ActionCounts {
    const seen = new Set<number>();
    this.each((_s, a) => seen.add(a));
    const actions = [...seen].sort((a, b) => a - b);
    const col = new Map(actions.map((a, i) => [a, i]));
    const counts = this.states.map(() => new Array<number>(actions.length).fill(0));
    this.each((s, a) => {
      if (s >= 0) counts[s][col.get(a)!]++;
    });
    return { actions, counts };
  }

  /** Mean reward per pattern over the window (NaN before the first). */
  meanReward(): number {
    let s = 0;
    this.each((_s, _a, _r, w) => (s += w));
    const m = Math.min(this.n, WINDOW);
    return m ? s / m : NaN;
  }
}
