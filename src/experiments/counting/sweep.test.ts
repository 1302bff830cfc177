import { describe, expect, it } from "vitest";
import { C20_ENGINE_BOUNDS, C20_SPEC_BOUNDS, criterionC19, criterionC20, verdictLines } from "./criteria";
import type { CountingRow } from "./job";
import type { CountingCondition } from "./preset";
import { meanSd, runJobsSequentially, summarize, summaryTable, sweepJobs } from "./sweep";

function row(n: number, condition: CountingCondition, seed: number, perf_last: number, meanRateE = 0.1, eeSynapses = 950): CountingRow {
  return { n, condition, readout: "X", seed, perf_all: 0.9, perf_reduced: 0.95, perf_last, meanRateE, eeSynapses };
}

describe("counting sweep", () => {
  it("lists the jobs n-major, then condition, then seed, as plain JSON", () => {
    const jobs = sweepJobs({ n: [4, 8], conditions: ["sorn", "ip"], readouts: ["X"], seeds: 2, stepsPlastic: 10 });
    expect(jobs.map((j) => `${j.n}${j.condition}${j.seed}`)).toEqual(["4sorn0", "4sorn1", "4ip0", "4ip1", "8sorn0", "8sorn1", "8ip0", "8ip1"]);
    expect(jobs[0]).toEqual({ n: 4, condition: "sorn", seed: 0, readouts: ["X"], stepsPlastic: 10 });
  });

  it("runs jobs in order and reports each", async () => {
    const seen: number[] = [];
    const jobs = sweepJobs({ n: [2], conditions: ["static"], readouts: ["X", "R"], seeds: 2, stepsPlastic: 0, stepsTrain: 200, stepsTest: 200 });
    const rows = await runJobsSequentially(jobs, (i) => seen.push(i));
    expect(seen).toEqual([0, 1]);
    expect(rows.map((r) => `${r.seed}${r.readout}`)).toEqual(["0X", "0R", "1X", "1R"]);
  });

  it("summarises mean ± sample sd per n × condition × readout", () => {
    expect(meanSd([1, 2, 3])).toEqual({ mean: 2, sd: 1, count: 3 });
    expect(meanSd([5])).toEqual({ mean: 5, sd: 0, count: 1 });
    const cells = summarize([row(8, "sorn", 0, 1), row(8, "sorn", 1, 0.5), row(8, "static", 0, 0)]);
    expect(cells).toHaveLength(2);
    expect(cells[0]).toMatchObject({ n: 8, condition: "sorn", readout: "X", seeds: 2, perf_last: { mean: 0.75 } });
    expect(cells[0].perf_last.sd).toBeCloseTo(Math.SQRT1_2 / 2, 15);
    const table = summaryTable(cells);
    expect(table.split("\n")[0]).toMatch(/^n\s+condition\s+readout\s+seeds\s+perf_all\s+perf_reduced\s+perf_last/);
    expect(table).toContain("0.750 ± 0.354");
  });
});

describe("counting criteria C19 / C20 on synthetic rows", () => {
  const seeds = [...Array(10).keys()];
  const good = [
    ...seeds.map((s) => row(8, "sorn", s, 0.9)),
    ...seeds.map((s) => row(8, "static", s, s < 8 ? 0.2 : 0.9, 0.06, 1900)),
    ...seeds.map((s) => row(12, "sorn", s, 0.7)),
    ...seeds.map((s) => row(12, "ip", s, 0.1, 0.11, 1900)),
    ...seeds.map((s) => row(30, "sorn", s, 0.1)),
  ];

  it("passes rows like the calibration's", () => {
    const v = [...criterionC19(good), ...criterionC20(good)];
    expect(v.map((x) => x.status)).toEqual(Array(9).fill("PASS"));
    expect(v[2].measured).toBe("8/10 wins, 2 ties, mean diff 0.560");
    expect(verdictLines(v)).toMatch(/^PASS  C19 n=8 sorn/);
  });

  it("fails each check on its own violation", () => {
    const rows = good.map((r) => (r.n === 12 && r.condition === "ip" && r.seed < 3 ? { ...r, perf_last: 0.8 } : r));
    const c19 = criterionC19(rows);
    expect(c19.find((x) => x.id === "C19 n=12 paired")?.status).toBe("FAIL");
    const c20 = criterionC20(good.map((r) => (r.condition === "sorn" && r.seed === 4 ? { ...r, meanRateE: 0.2, eeSynapses: 1300 } : r)));
    expect(c20.map((x) => x.status)).toEqual(["FAIL", "PASS", "PASS", "FAIL"]);
    expect(c20[0].measured).toMatch(/^0\.100–0\.200 \(30 runs\)/);
  });

  it("judges against the engine-locked bounds by default and the spec's on request", () => {
    const rows = good.map((r) => (r.condition === "sorn" && r.seed === 2 ? { ...r, meanRateE: 0.155 } : r));
    expect(criterionC20(rows)[0]).toMatchObject({ id: "C20 rate sorn", status: "PASS" });
    const spec = criterionC20(rows, C20_SPEC_BOUNDS, "spec bounds");
    expect(spec.map((x) => x.id)).toEqual(["C20 rate sorn (spec bounds)", "C20 rate ip (spec bounds)", "C20 rate static (spec bounds)"]);
    expect(spec[0].status).toBe("FAIL");
    expect(C20_ENGINE_BOUNDS.static.slice(0, 2)).toEqual([0.04, 0.13]);
    for (const c of ["sorn", "ip", "static"] as const) {
      expect(C20_ENGINE_BOUNDS[c][0]).toBeLessThanOrEqual(C20_SPEC_BOUNDS[c][0]); // never narrower than the spec's
      expect(C20_ENGINE_BOUNDS[c][1]).toBeGreaterThanOrEqual(C20_SPEC_BOUNDS[c][1]);
    }
  });

  it("skips what the sweep did not run", () => {
    const only8 = good.filter((r) => r.n === 8);
    expect(criterionC19(only8).map((x) => x.status)).toEqual(["PASS", "PASS", "PASS", "SKIP", "SKIP"]);
    expect(criterionC20(only8).find((x) => x.id === "C20 rate ip")?.status).toBe("SKIP");
  });
});
