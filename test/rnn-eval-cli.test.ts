import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, tempDir } from "./cli-helpers";

describe("sorn rnn eval --lif", () => {
  it("evaluates a small trained model's LIF network: accuracy and rates, seeded; bad input exits 2", async () => {
    const dir = tempDir();
    const model = join(dir, "m.json");
    expect((await cli("rnn", "train", "--task", "go-nogo", "--seed", "2", "--n", "20", "--max-trials", "3", "--eval-trials", "2", "--out", model, "--quiet")).code).toBe(0);
    const out = join(dir, "e.json");
    const r = await cli("rnn", "eval", model, "--lif", "--s", "25", "--trials", "2", "--seed", "5", "--json", out);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^rnn eval go-nogo LIF s=25: accuracy \d\.\d\d \(\d\/2\), rates \d+\.\d Hz \(E \d+\.\d, I \d+\.\d\), .* → .*e\.json\n$/);
    const e = JSON.parse(readFileSync(out, "utf8"));
    expect(e).toMatchObject({ task: "go-nogo", s: 25, trials: 2, seed: 5 });
    expect(e.accuracy).toBe(e.correct / 2);
    expect(e.rates_hz.per_unit).toHaveLength(20);
    const again = join(dir, "f.json");
    await cli("rnn", "eval", model, "--lif", "--s", "25", "--trials", "2", "--seed", "5", "--json", again);
    const f = JSON.parse(readFileSync(again, "utf8"));
    expect({ ...f, elapsed_ms: 0 }).toEqual({ ...e, elapsed_ms: 0 });

    const npz = join(dir, "m.npz");
    writeFileSync(npz, "PK\u0003\u0004 not really a zip");
    const bad = join(dir, "bad.json");
    writeFileSync(bad, "{\"format\": \"other\"}");
    const cases: [string[], RegExp][] = [
      [[model, "--lif", "--s", "0"], /^sorn: --s: must be a number in \[0.01, 10000\] \(λ = 1\/s\), got '0'\n$/],
      [[model, "--lif"], /^sorn: --s: required: the scaling factor s \(λ = 1\/s\), e.g. --s 25/],
      [[npz, "--lif", "--s", "25"], /npz: an .npz export \(for Python\); rnn eval and convert read the model's JSON file/],
      [[model, "--s", "25"], /^sorn: rnn eval: only --lif is implemented/],
      [[model, "--lif", "--s", "25", "--trials", "0"], /^sorn: --trials: must be an integer in \[1, 100000\]/],
      [[join(dir, "none.json"), "--lif", "--s", "25"], /cannot read the model file\n$/],
      [[bad, "--lif", "--s", "25"], /not a rate-RNN model file/],
      [[model, "--lif", "--s", "25", "--bogus", "1"], /^sorn: --bogus: unknown option for 'rnn eval'/],
      [[model, "--lif", "--s", "1e-320", "--trials", "1"], /^sorn: --s: must be a number in \[0.01, 10000\] \(λ = 1\/s\), got '1e-320'\n$/],
      [[model, "--lif", "--s", "20000", "--trials", "1"], /^sorn: --s: must be a number in \[0.01, 10000\]/],
    ];
    for (const [argv, message] of cases) {
      const b = await cli("rnn", "eval", ...argv);
      expect(b.code, argv.join(" ")).toBe(2);
      expect(b.stderr).toMatch(message);
    }
  });
});
