#!/usr/bin/env python3
"""An independent numpy LIF for a saved Go-NoGo rate model, written from spec §3's equations
(../shared/spec/spiking-rnn.md), not from our TypeScript, to cross-check `rnn eval --lif`.

Its randomness (numpy's default_rng) is unrelated to ours, so agreement is statistical: accuracy
per trial kind at each s over K trials, to compare with `npm run sorn -- rnn eval MODEL --lif --s S`.

    python3 scripts/check-lif-numpy.py MODEL.json [--s 20,55] [--trials 40] [--seed 1]

Per 0.05 ms step i = 1 … 100·T (seconds, as the code):
  I = IPSC + bias + W_in·u[:, round(i/100)]
  v ← v + dt·(−v + I)/τ_m  (dv = 0 while i·dt ≤ t_last + τ_ref)  + N(0, 0.1²)
  spikes: v ≥ −40 → v = −65, t_last = i·dt
  IPSC ← IPSC·e^{−dt/τ_d} + h·dt;   h ← h·e^{−dt/τ_r} + (W_spk·spk)/(τ_r·τ_d)
  r    ← r·e^{−dt/τ_d} + hr·dt;     hr ← hr·e^{−dt/τ_r} + spk/(τ_r·τ_d)
  out  = (w_out/s)·r
Go-NoGo from step 10000: Go ✓ if max out > 0.7, NoGo ✓ if max out < 0.3.
"""
import argparse, json, math, sys
import numpy as np

DT, TM, TREF, VTH, VRESET, BIAS, TR = 5e-5, 0.01, 0.002, -40.0, -65.0, -40.0, 0.002


def load(path):
    """(W_eff, W_in, w_out, τ_d in s) of a saved Go-NoGo model; W_eff = [w]+ · D (column j: j's sign)."""
    try:
        m = json.load(open(path))
        w, task, som_n = m["weights"], m.get("task"), m["network"].get("somN", 0)
        if task != "go-nogo":
            sys.exit(f"{path}: task {task!r}; this checker runs go-nogo models only")
        if som_n:
            sys.exit(f"{path}: somN = {som_n}; this checker runs somN = 0 models only")
        D = np.where(np.array(w["inh"], bool), -1.0, 1.0)
        W_eff = np.maximum(np.array(w["w"], float), 0.0) * D[None, :]
        return W_eff, np.array(w["w_in"], float), np.array(w["w_out"], float).reshape(-1), np.array(w["taus_ms"], float) / 1000.0
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as e:
        sys.exit(f"{path}: not a saved rate model ({e!r})")


def s_values(text):
    """The comma-separated s list, each finite and inside the lab's S_RANGE [0.01, 10000]."""
    try:
        values = [float(x) for x in text.split(",")]
    except ValueError:
        sys.exit(f"--s {text!r}: expected numbers separated by commas, e.g. 20,55")
    bad = [x for x in values if not 0.01 <= x <= 10000]
    if bad:
        sys.exit(f"--s {bad[0]:g}: s must lie in [0.01, 10000]")
    return values


def trial(W_eff, W_in, w_out, tau_d, s, go, rng, T=200):
    n = W_eff.shape[0]
    u = np.zeros((W_in.shape[1], T + 1))
    if go:
        u[:, 50:75] = 1.0
    W_spk, wo = W_eff / s, w_out / s
    v = VRESET + (30.0 - VRESET) * rng.random(n)
    ipsc = np.zeros(n); h = np.zeros(n); r = np.zeros(n); hr = np.zeros(n)
    tlast = np.zeros(n)
    ed, er = np.exp(-DT / tau_d), math.exp(-DT / TR)
    nt = 100 * T
    out = np.empty(nt)
    ext_cols = W_in @ u                                # n × (T+1)
    for i in range(1, nt + 1):
        I = ipsc + BIAS + ext_cols[:, int(math.floor(i / 100 + 0.5))]
        dv = np.where(DT * i > tlast + TREF, (-v + I) / TM, 0.0)
        v = v + DT * dv + rng.standard_normal(n) / 10.0
        spk = v >= VTH
        jd = W_spk[:, spk].sum(axis=1) if spk.any() else 0.0
        ipsc = ipsc * ed + h * DT
        h = h * er + jd / (TR * tau_d)
        r = r * ed + hr * DT
        hr = hr * er + spk / (TR * tau_d)
        v[spk] = VRESET
        tlast[spk] = DT * i
        out[i - 1] = wo @ r
    m = out[9999:].max()
    return (m > 0.7) if go else (m < 0.3)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("model"); ap.add_argument("--s", default="20,55")
    ap.add_argument("--trials", type=int, default=40); ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    if a.trials < 1:
        sys.exit(f"--trials {a.trials}: need at least 1 trial")
    values, net = s_values(a.s), load(a.model)
    for s in values:
        rng = np.random.default_rng(a.seed)
        ok = {True: [0, 0], False: [0, 0]}
        for k in range(a.trials):
            go = k % 2 == 0
            ok[go][0] += trial(*net, s, go, rng); ok[go][1] += 1
        g, ng = ok[True], ok[False]
        print(f"s={s:g}: go {g[0]}/{g[1]}  nogo {ng[0]}/{ng[1]}  accuracy {(g[0] + ng[0]) / a.trials:.3f}", flush=True)


if __name__ == "__main__":
    main()
