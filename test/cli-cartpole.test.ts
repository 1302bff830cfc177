/**
 * `sorn cartpole replay`: the four Gymnasium 1.3.0 fixture traces replayed through the CLI give
 * their states, observations, rewards and flags bit for bit; bad traces exit 2 with one line.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SHARED_TRACES, gymnasiumTraces, semiImplicitTraces, type GymTrace } from "./cartpole-fixtures";
import { cli, spawnCli, tempDir } from "./cli-helpers";

const dir = tempDir();
const KEYS = ["states", "obs", "rewards", "terminated", "truncated", "length"] as const;

/** Every field of the fixture's layout, compared with `===` component by component. */
function expectSame(out: Record<string, unknown>, trace: GymTrace): void {
  for (const key of KEYS) expect(out[key], key).toStrictEqual(trace[key]);
  const states = out.states as number[][];
  const obs = out.obs as number[][];
  let mismatches = 0;
  states.forEach((s, t) => s.forEach((v, i) => (v !== trace.states[t][i] || obs[t + 1][i] !== Math.fround(v)) && mismatches++));
  expect(mismatches).toBe(0);
}

/** Write `trace` (only the input fields, or as given) and replay it in-process. */
async function replayFile(name: string, content: unknown, ...extra: string[]) {
  const input = join(dir, `${name}.json`);
  const out = join(dir, `${name}-out.json`);
  writeFileSync(input, typeof content === "string" ? content : JSON.stringify(content));
  const r = await cli("cartpole", "replay", input, "--out", out, ...extra);
  return { ...r, out, read: () => JSON.parse(readFileSync(out, "utf8")) as Record<string, unknown> };
}

describe("sorn cartpole replay", () => {
  for (const [name, trace] of Object.entries(gymnasiumTraces())) {
    it(`${name}: OUT equals the fixture bit for bit`, async () => {
      const r = await replayFile(name, { env: trace.env, s0: trace.s0, actions: trace.actions });
      expect(r.code, r.stderr).toBe(0);
      expectSame(r.read(), trace);
      expect(r.stderr).toMatch(new RegExp(`^replayed ${trace.length} steps of ${trace.env} \\(euler\\): (terminated|truncated) at step ${trace.length}, return ${trace.length}; wrote `));
    });
  }
  it("takes a trace by name from the fixture file itself (--trace)", async () => {
    const out = join(dir, "named.json");
    const r = await cli("cartpole", "replay", SHARED_TRACES, "--trace", "alt_seed123", "--out", out);
    expect(r.code, r.stderr).toBe(0);
    expectSame(JSON.parse(readFileSync(out, "utf8")), gymnasiumTraces().alt_seed123);
  });
  it("the semi-implicit integrator (a trace made with gymnasium 1.3.0 here)", async () => {
    const trace = semiImplicitTraces().semi_alt_seed123;
    const r = await replayFile("semi", { env: trace.env, s0: trace.s0, actions: trace.actions, integrator: "semi-implicit euler" });
    expect(r.code, r.stderr).toBe(0);
    expectSame(r.read(), trace);
    expect(r.read().integrator).toBe("semi-implicit euler");
  });
  it("steps after termination: reward 0 and the warning once, on stderr", async () => {
    const t = gymnasiumTraces().ones_seed0;
    const r = await replayFile("after", { env: t.env, s0: t.s0, actions: [...t.actions, 1, 1] });
    expect(r.code).toBe(0);
    expect(r.read().rewards).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 0, 0]);
    expect(r.stderr.match(/warning: step 9: You are calling 'step\(\)' even though/g)).toHaveLength(1);
  });
  it("writes to stdout without --out", async () => {
    const t = gymnasiumTraces().ones_seed0;
    const input = join(dir, "stdout.json");
    writeFileSync(input, JSON.stringify(t));
    const r = await cli("cartpole", "replay", input);
    expect(r.code).toBe(0);
    expectSame(JSON.parse(r.stdout), t);
  });

  const good = { env: "CartPole-v1", s0: [0, 0, 0, 0], actions: [0, 1] };
  const bad: [string, unknown, RegExp][] = [
    ["unknown env", { ...good, env: "CartPole-v7" }, /env: unknown cart-pole environment 'CartPole-v7' \(known: CartPole-v0, CartPole-v1\)$/],
    ["action 2", { ...good, actions: [0, 2] }, /actions\[1\]: must be 0 \(push left\) or 1 \(push right\), got 2$/],
    ["action '1'", { ...good, actions: ["1"] }, /actions\[0\]: must be 0 \(push left\) or 1 \(push right\), got "1"$/],
    ["non-finite s0", { ...good, s0: [0, 0, null, 0] }, /s0\[2\] \(theta\): must be a finite number, got null$/],
    ["short s0", { ...good, s0: [0, 0] }, /s0: must have 4 components \[x, x_dot, theta, theta_dot\], got 2$/],
    ["missing actions", { env: "CartPole-v1", s0: [0, 0, 0, 0] }, /actions: missing \(a trace needs env, s0 and actions\)$/],
    ["bad integrator", { ...good, integrator: "rk4" }, /integrator: must be one of "euler", "semi-implicit euler", got "rk4"$/],
    ["not JSON", "{ env: CartPole", /is not valid JSON$/],
    ["not an object", "[1, 2]", /must be a trace object \(env, s0, actions\) or a list or map of them$/],
  ];
  for (const [what, content, message] of bad)
    it(`bad trace (${what}): one line, exit 2`, async () => {
      const r = await replayFile(`bad-${what.replace(/\W+/g, "-")}`, content);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^sorn: /);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stderr.trim()).toMatch(message);
    });
  it("a file of several traces without --trace lists them; an unknown name too", async () => {
    let r = await cli("cartpole", "replay", SHARED_TRACES, "--out", join(dir, "x.json"));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/the file holds 4 traces; pick one with --trace NAME \(alt_seed123, ones_seed0, pd_seed7_v1, pd_seed7_v0\)\n$/);
    r = await cli("cartpole", "replay", SHARED_TRACES, "--trace", "nope");
    expect(r.stderr).toMatch(/no trace 'nope' in the file/);
  });
  it("usage errors", async () => {
    expect((await cli("cartpole")).stderr).toBe("sorn: cartpole: needs a subcommand: replay TRACE.json --out OUT.json\n");
    expect((await cli("cartpole", "fly")).stderr).toBe("sorn: cartpole: unknown subcommand 'fly' (subcommands: replay, train)\n");
    expect((await cli("cartpole", "replay")).stderr).toBe("sorn: cartpole replay: needs a TRACE.json file\n");
    const r = await cli("cartpole", "replay", join(dir, "missing.json"));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^sorn: cannot read '.*missing\.json' \(ENOENT\)\n$/);
    expect((await cli("cartpole", "replay", SHARED_TRACES, "--seed", "1")).stderr).toBe("sorn: --seed: unknown option for 'cartpole replay' (see --help)\n");
  });
  it("is in --help", async () => {
    expect((await cli("--help")).stdout).toContain("npm run sorn -- cartpole replay TRACE.json");
  });
  it("the real command exits 2 with one line", () => {
    const input = join(dir, "spawn-bad.json");
    writeFileSync(input, JSON.stringify({ ...good, env: "Acrobot-v1" }));
    const r = spawnCli("cartpole", "replay", input, "--out", join(dir, "spawn-out.json"));
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/unknown cart-pole environment 'Acrobot-v1'/);
  });
});
