import { describe, expect, it } from "vitest";
import { defaultSweepForm, formSpec, parseBase, pointCountText, specForm, type SweepForm } from "./sweep-form";

const toy = (patch: Partial<SweepForm> = {}): SweepForm => ({
  ...defaultSweepForm(),
  target: "toy.quadratic",
  base: "noise=0.5",
  axes: [
    { param: "x", kind: "range", start: "0", stop: "1", step: "0.25", values: "" },
    { param: "y", kind: "list", start: "", stop: "", step: "", values: "-2, 0, default" },
  ],
  repeats: "3",
  seed: "7",
  metrics: "f",
  ...patch,
});

describe("sweep form", () => {
  it("makes the spec the CLI reads: arange axis, a list with a control, repeats, seed, metrics", () => {
    const r = formSpec(toy());
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.spec).toEqual({ target: "toy.quadratic", base: { noise: 0.5 }, axes: [{ param: "x", start: 0, stop: 1, step: 0.25 }, { param: "y", values: [-2, 0, null] }], repeats: 3, seed: 7, metrics: ["f"] });
    expect([r.sweep.cells, r.sweep.points]).toEqual([12, 36]);
    expect(pointCountText(toy())).toBe("Points: 36 (12 cells × 3 repeats)");
  });

  it("round-trips through specForm", () => {
    const r = formSpec(toy());
    if (!r.ok) throw new Error("refused");
    const back = specForm(r.spec);
    if (!back.ok) throw new Error(back.why);
    const again = formSpec(back.form);
    expect(again.ok && again.sweep.hash).toBe(r.sweep.hash);
    expect(specForm({ target: "toy.quadratic", axes: [{ zip: [{ param: "x", values: [1] }, { param: "y", values: [2] }] }], metrics: ["f"] })).toEqual({ ok: false, why: "it has a zipped axis (the form shows single-parameter axes)" });
  });

  it("refuses bad fields at the field, naming the key and value", () => {
    const err = (patch: Partial<SweepForm>) => {
      const r = formSpec(toy(patch));
      return r.ok ? null : r.errors;
    };
    expect(err({ axes: [{ ...toy().axes[0], param: "w" }, toy().axes[1]] })).toEqual({ "axis0.param": "axes[0]: unknown parameter 'w' of target toy.quadratic (parameters: x, y, z, noise, fail)" });
    expect(err({ axes: [toy().axes[0], { ...toy().axes[1], values: " , " }] })).toEqual({ "axis1.values": "axis1.values: axis 'y' is empty: give values, e.g. 0.002, 0.004" });
    expect(err({ axes: [{ ...toy().axes[0], stop: "abc" }, toy().axes[1]] })).toEqual({ "axis0.stop": "axis0.stop: must be a number, got 'abc'" });
    expect(err({ axes: [{ ...toy().axes[0], stop: "0" }, toy().axes[1]] })).toEqual({ "axis0.values": "axes[0]: axis 'x' is empty (no values)" });
    expect(err({ axes: [{ ...toy().axes[0], step: "0" }, toy().axes[1]] })).toEqual({ "axis0.step": "axes[0].step: must not be 0" });
    expect(err({ axes: [{ ...toy().axes[0], param: "y" }, toy().axes[1]] })).toEqual({ "axis1.param": "axes[1]: parameter 'y' is on two axes" });
    expect(err({ metrics: "g" })).toEqual({ metrics: "metrics: unknown metric 'g' (metrics: f, seed)" });
    expect(err({ repeats: "0" })).toEqual({ repeats: "repeats: must be an integer ≥ 1, got 0" });
    expect(err({ base: "noise" })).toEqual({ base: "base: 'noise' is not name=value (e.g. ne=40, steps=300)" });
    expect(err({ base: "q=1" })).toEqual({ base: "base.q: unknown parameter 'q' of target toy.quadratic (parameters: x, y, z, noise, fail)" });
    expect(err({ repeats: "5000" })).toEqual({ points: "axes: the sweep has 60,000 points (12 cells × 5000 repeats), over the limit of 10,000; pass --force (force: true) to run it anyway" });
    expect(pointCountText(toy({ repeats: "5000" }))).toBe("Points: 60,000 (12 cells × 5000 repeats) — over the page's limit of 10,000");
  });

  it("reads fixed parameters as JSON values or bare text", () => {
    expect(parseBase("ne=40, steps=300\nnoise=false, condition=sorn, h_ip=default")).toEqual({ ne: 40, steps: 300, noise: false, condition: "sorn", h_ip: null });
    expect(() => parseBase("ne=1, ne=2")).toThrow("base: sets 'ne' twice");
  });
});
