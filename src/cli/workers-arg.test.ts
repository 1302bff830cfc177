import { availableParallelism } from "node:os";
import { describe, expect, it } from "vitest";
import { CliError, parseArgs } from "./args";
import { takeWorkers, WORKERS_HELP } from "./workers-arg";

describe("--workers", () => {
  it("takes an integer ≥ 1, every core by default, and removes the option", () => {
    const args = parseArgs(["run", "--workers", "3"]);
    expect(takeWorkers(args)).toBe(3);
    expect(args.options.has("workers")).toBe(false);
    expect(takeWorkers(parseArgs(["--workers=1"]))).toBe(1);
    expect(takeWorkers(parseArgs([]))).toBe(availableParallelism());
    expect(WORKERS_HELP).toContain("--workers W");
  });

  it("rejects 0, negatives, fractions, words and a bare flag with one line", () => {
    for (const bad of ["0", "-2", "1.5", "two", "1e3", "257"]) {
      expect(() => takeWorkers(parseArgs(["--workers", bad]))).toThrow(CliError);
      expect(() => takeWorkers(parseArgs(["--workers", bad]))).toThrow(`--workers: must be an integer in [1, 256], got '${bad}'`);
    }
    expect(() => takeWorkers(parseArgs(["--workers"]))).toThrow("--workers: needs a value");
  });
});
