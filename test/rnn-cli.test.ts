import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readNpz } from "../src/models/io/npz";
import { modelFromJson } from "../src/models/rate-rnn/model-file";
import { cli, tempDir } from "./cli-helpers";

describe("sorn rnn train", () => {
  it("trains a small network to the cap: progress per evaluation, a summary line, a loadable model", async () => {
    const dir = tempDir();
    const out = join(dir, "m.json");
    const npz = join(dir, "m.npz");
    const r = await cli("rnn", "train", "--task", "go-nogo", "--seed", "3", "--n", "40", "--max-trials", "120", "--eval-trials", "10", "--out", out, "--npz", npz);
    expect(r.code).toBe(0);
    const lines = r.stderr.trim().split("\n");
    expect(lines.filter((l) => /^rnn: trial (2|102): eval loss \d+\.\d{3}, accuracy \d\.\d\d \(/.test(l))).toHaveLength(2);
    expect(lines.at(-1)).toMatch(/^rnn go-nogo: trials 120, final loss \d+\.\d{3}, accuracy \d\.\d\d \(the last evaluation, after trial 102\), success no \(trial cap\), τ \d+\.\d ± \d+\.\d ms, .* → .*m\.json$/);
    const model = modelFromJson(readFileSync(out, "utf8"));
    expect(model.net.settings.n).toBe(40);
    expect(model.history.trials).toBe(120);
    expect(model.history.evals).toHaveLength(2);
    expect(readNpz(readFileSync(npz)).w.shape).toEqual([40, 40]);
    // The same seed gives the same model.
    const again = join(dir, "again.json");
    await cli("rnn", "train", "--task", "go-nogo", "--seed", "3", "--n", "40", "--max-trials", "120", "--eval-trials", "10", "--out", again, "--quiet");
    expect(modelFromJson(readFileSync(again, "utf8")).net.w).toEqual(model.net.w);
  });

  it("every task and activation runs; a fixed τ and the balanced init are accepted", async () => {
    const dir = tempDir();
    for (const [task, act] of [["mante", "softplus"], ["xor", "clipped_relu"], ["dms", "relu"]]) {
      const r = await cli("rnn", "train", "--task", task, "--activation", act, "--n", "20", "--max-trials", "3", "--eval-trials", "2", "--taus", "7", "--init", "balanced", "--train-input", "--out", join(dir, `${task}.json`), "--quiet");
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toMatch(new RegExp(`^rnn ${task}: trials 3,`));
    }
  });

  it("bad input: one clear line, exit 2", async () => {
    const out = join(tempDir(), "m.json");
    const cases: [string[], RegExp][] = [
      [["--task", "sine"], /^sorn: --task: unknown task 'sine' \(tasks: go-nogo, mante, xor, dms\)\n$/],
      [["--task", "xor", "--activation", "tanh"], /^sorn: --activation: unknown activation 'tanh' \(activations: sigmoid, clipped_relu, softplus, relu\)\n$/],
      [["--task", "xor", "--n", "3"], /^sorn: --n: N = 3 is too small for the masks: no inhibitory unit was drawn/],
      [["--task", "xor", "--n", "abc"], /^sorn: --n: must be an integer in \[2, 4000\], got 'abc'\n$/],
      [["--task", "xor", "--lr", "-1"], /^sorn: --lr: must be a positive number, got '-1'\n$/],
      [["--task", "xor", "--taus", "9,3"], /^sorn: --taus: must be one value or 'min,max'/],
      [["--task", "xor", "--p_inh", "1.5"], /^sorn: --p_inh: must be in \(0, 1\), got '1.5'\n$/],
      [["--task", "xor", "--seed", "-4"], /^sorn: --seed: /],
      [["--task", "xor", "--frobnicate", "1"], /^sorn: --frobnicate: unknown option for 'rnn train'/],
      [[], /^sorn: --task: required/],
    ];
    for (const [argv, message] of cases) {
      const r = await cli("rnn", "train", ...argv, "--out", out);
      expect(r.code, argv.join(" ")).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
    }
    const noOut = await cli("rnn", "train", "--task", "xor");
    expect([noOut.code, noOut.stderr]).toEqual([2, "sorn: --out: required: the model file to write, MODEL.json (or MODEL.npz, an export for Python)\n"]);
    const txt = await cli("rnn", "train", "--task", "xor", "--out", "m.txt");
    expect([txt.code, txt.stderr]).toEqual([2, `sorn: --out: must end in .json (the model file) or .npz (an export for Python), got 'm.txt'\n`]);
    expect((await cli("rnn", "fly")).stderr).toMatch(/unknown subcommand 'fly'/);
  });

  it("a non-finite loss: reported, the last good model written, exit 1", async () => {
    const out = join(tempDir(), "m.json");
    const r = await cli("rnn", "train", "--task", "go-nogo", "--activation", "relu", "--gain", "1e6", "--n", "30", "--out", out);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/rnn: loss is (NaN|Infinity) at trial 1: training stopped/);
    expect(r.stderr).toMatch(/success no \(non-finite loss\)/);
    expect(modelFromJson(readFileSync(out, "utf8")).history.status).toBe("nan");
  });
});
