import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, tempDir } from "./cli-helpers";

describe("sorn rnn convert", () => {
  it("runs the λ grid search on the pool: s, accuracy per s, best_s, best_accuracy, rates_hz; the same for 1 and 2 workers; bad input exits 2", async () => {
    const dir = tempDir();
    const model = join(dir, "m.json");
    expect((await cli("rnn", "train", "--task", "go-nogo", "--seed", "2", "--n", "20", "--max-trials", "3", "--eval-trials", "2", "--out", model, "--quiet")).code).toBe(0);
    const out = join(dir, "c.json");
    const r = await cli("rnn", "convert", model, "--grid", "20:10:40", "--trials", "3", "--seed", "4", "--extend", "1", "--workers", "2", "--json", out);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stderr.trim().split("\n");
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^rnn convert: s = \d+: accuracy \d\.\d\d \(\d\/3\), rates \d+\.\d Hz \(\d+ done, [\d.]+ s\)$/);
    expect(lines.at(-1)).toMatch(/^rnn convert go-nogo: best s \d+ \(λ = 1\/\d+\), LIF accuracy \d\.\d\d, rates [\d.]+ Hz \(E [\d.]+, I [\d.]+\); grid 20:10:40, 3 trials per s, \d values.*; [\d.]+ s on 2 workers → .*c\.json$/);
    const c = JSON.parse(readFileSync(out, "utf8"));
    expect(c).toMatchObject({ task: "go-nogo", grid: "20:10:40", trials: 3, seed: 4, workers: 2 });
    expect(c.s).toEqual(expect.arrayContaining([20, 30, 40]));
    expect(c.s).toEqual([...c.s].sort((a: number, b: number) => a - b));
    expect(c.accuracy).toHaveLength(c.s.length);
    expect(c.accuracy).toEqual(c.correct.map((k: number) => k / 3));
    expect(c.best_accuracy).toBe(Math.max(...c.accuracy));
    expect(c.best_s).toBe(c.s[c.accuracy.indexOf(c.best_accuracy)]);
    expect(c.rates_hz.per_unit).toHaveLength(20);
    expect(c.extended.length).toBeLessThanOrEqual(1);
    expect(lines).toHaveLength(c.s.length + 1);
    const one = join(dir, "c1.json");
    expect((await cli("rnn", "convert", model, "--grid", "20:10:40", "--trials", "3", "--seed", "4", "--extend", "1", "--workers", "1", "--json", one, "--quiet")).code).toBe(0);
    const c1 = JSON.parse(readFileSync(one, "utf8"));
    expect({ ...c1, elapsed_ms: 0, workers: 0 }).toEqual({ ...c, elapsed_ms: 0, workers: 0 });

    const bad = join(dir, "bad.json");
    writeFileSync(bad, "{\"format\": \"other\"}");
    const broken = join(dir, "broken.json");
    writeFileSync(broken, readFileSync(model, "utf8").slice(0, 500));
    const cases: [string[], RegExp][] = [
      [[model, "--grid", "20:5"], /^sorn: --grid: must be from:step:to, e\.g\. 20:5:75, got '20:5'\n$/],
      [[model, "--grid", "20:x:75"], /^sorn: --grid: from:step:to must be numbers, got '20:x:75'\n$/],
      [[model, "--grid", "0:5:75"], /^sorn: --grid: every s must be ≥ 0.01 \(λ = 1\/s\), got from = 0/],
      [[model, "--grid", "20:-5:75"], /^sorn: --grid: step must be > 0, got -5/],
      [[model, "--grid", "75:5:20"], /^sorn: --grid: empty grid: to \(20\) is below from \(75\)/],
      [[model, "--trials", "0"], /^sorn: --trials: must be an integer in \[1, 100000\]/],
      [[model, "--paper", "--trials", "20"], /^sorn: --paper means --trials 100; got --trials 20 too\n$/],
      [[model, "--json", "out.txt"], /^sorn: --json: 'out\.txt' must end in \.json\n$/],
      [[model, "--workers", "0"], /^sorn: --workers: must be an integer in \[1, 256\]/],
      [[join(dir, "none.json")], /cannot read the model file\n$/],
      [[bad], /not a rate-RNN model file/],
      [[broken], /broken\.json.*(JSON|json)/],
      [[], /^sorn: rnn: a model file \(MODEL\.json\) is required\n$/],
      [[model, "--bogus", "1"], /^sorn: --bogus: unknown option for 'rnn convert'/],
      [[model, "--grid", "1e-320:1:1e-320", "--trials", "1", "--workers", "1"], /^sorn: --grid: every s must be ≥ 0.01 \(λ = 1\/s\), got from = 1e-320/],
      [[model, "--grid", "20:5:1e9", "--trials", "1", "--workers", "1"], /^sorn: --grid: every s must be ≤ 10000/],
    ];
    for (const [argv, message] of cases) {
      const b = await cli("rnn", "convert", ...argv);
      expect(b.code, argv.join(" ")).toBe(2);
      expect(b.stderr, argv.join(" ")).toMatch(message);
    }
  }, 120_000);
});
