import { describe, expect, it } from "vitest";
import { checkParam, describeRange, formatParam, mergeParams, parseNonEmpty, parseNumber, parseNumberList, parseParam, parseParams } from "./codec";
import { SornInputError } from "./error";
import type { ParamSchema } from "./schema";
import { checkSeed, defaultInputSeed, parseInputSeed, parseSeed, SEED_MAX } from "./seed";

/** A made-up family's schema: the codec knows nothing of SORN. */
const SCHEMA: ParamSchema = [
  { name: "n", group: "Size", kind: "int", default: 3, min: 1, max: 10, structural: true, description: "units" },
  { name: "rate", group: "Learning", kind: "float", default: 0.5, min: 0, max: 1, structural: false, description: "a rate" },
  { name: "target", group: "Learning", kind: "floatOrAuto", default: null, min: 0, structural: true, description: "auto: derived" },
  { name: "gain", group: "Learning", kind: "float", default: 2, structural: false, description: "unbounded" },
  { name: "shape", group: "Size", kind: "choice", default: "ring", choices: ["ring", "line"], structural: true, description: "a choice" },
];
const spec = (name: string) => SCHEMA.find((s) => s.name === name)!;

/** The message of the SornInputError `fn` throws, with the argument it names. */
function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof SornInputError) return e.message;
    throw e;
  }
  throw new Error("did not throw");
}

describe("the parameter codec", () => {
  it("parses text by kind: numbers, 'auto' and empty only for floatOrAuto, choices ignoring case", () => {
    expect(parseParam(spec("n"), " 7 ")).toBe(7);
    expect(parseParam(spec("rate"), "0.25")).toBe(0.25);
    expect(parseParam(spec("rate"), "1e-1")).toBe(0.1);
    expect(parseParam(spec("target"), "")).toBeNull();
    expect(parseParam(spec("target"), "AUTO")).toBeNull();
    expect(parseParam(spec("target"), "0.3")).toBe(0.3);
    expect(parseParam(spec("shape"), "Line")).toBe("line");
  });

  it.each([
    ["empty where a number is needed", "rate", "", "rate: must be a finite number, got ''"],
    ["blank", "n", "  ", "n: must be a finite number, got '  '"],
    ["not a number", "rate", "abc", "rate: must be a finite number, got 'abc'"],
    ["infinite", "gain", "Infinity", "gain: must be a finite number, got 'Infinity'"],
    ["'auto' where there is no auto", "rate", "auto", "rate: must be a finite number, got 'auto'"],
    ["a fraction for an int", "n", "2.5", "n: must be an integer, got 2.5"],
    ["below the range", "n", "0", "n: must be ≥ 1, got 0"],
    ["above the range", "rate", "5", "rate: must be ≤ 1, got 5"],
    ["below an open range", "target", "-1", "target: must be ≥ 0, got -1"],
    ["an unknown choice", "shape", "star", "shape: must be one of ring, line, got 'star'"],
  ])("refuses %s with one wording", (_what, name, text, message) => {
    expect(refusal(() => parseParam(spec(name), text))).toBe(message);
  });

  it("checks typed values (files, the API) with the same wording as text", () => {
    expect(refusal(() => checkParam(spec("rate"), NaN))).toBe("rate: must be a finite number, got NaN");
    expect(refusal(() => checkParam(spec("rate"), "0.5"))).toBe("rate: must be a finite number, got '0.5'");
    expect(refusal(() => checkParam(spec("rate"), null))).toBe("rate: must be a finite number, got null");
    expect(refusal(() => checkParam(spec("rate"), 5))).toBe(refusal(() => parseParam(spec("rate"), "5")));
    expect(refusal(() => checkParam(spec("shape"), 1))).toBe("shape: must be one of ring, line, got 1");
    expect(checkParam(spec("target"), "auto")).toBeNull();
    expect(checkParam(spec("gain"), -1e9)).toBe(-1e9);
  });

  it("merges checked overrides onto a base, skipping undefined and naming unknown parameters", () => {
    expect(mergeParams(SCHEMA, { n: 3, rate: 0.5 }, { rate: 0.1, n: undefined })).toEqual({ n: 3, rate: 0.1 });
    expect(refusal(() => mergeParams(SCHEMA, {}, { rat: 1 }))).toBe("rat: unknown hyperparameter (known: n, rate, target, gain, shape)");
    expect(parseParams(SCHEMA, { n: "4", target: "auto" })).toEqual({ n: 4, target: null });
  });

  it("formats values as the parser reads them back", () => {
    for (const s of SCHEMA) expect(parseParam(s, formatParam(s.default))).toBe(s.default);
    expect(formatParam(0.1 + 0.2)).toBe("0.30000000000000004");
    expect(parseParam(spec("rate"), formatParam(0.1 + 0.2))).toBe(0.1 + 0.2);
  });

  it("describes ranges and choices", () => {
    expect(SCHEMA.map(describeRange)).toEqual(["[1, 10]", "[0, 1]", "≥ 0 or auto", "any", "ring | line"]);
  });

  it("parses plain numbers, number lists and required text", () => {
    expect(parseNumber(" -2.5 ", "amplitude")).toBe(-2.5);
    expect(refusal(() => parseNumber("x", "amplitude"))).toBe("amplitude: must be a finite number, got 'x'");
    expect(parseNumberList("1, 0.5 0", "pattern")).toEqual([1, 0.5, 0]);
    expect(refusal(() => parseNumberList("1,a", "pattern"))).toBe("pattern: must be numbers separated by commas, got '1,a'");
    expect(refusal(() => parseNumberList(" , ", "pattern"))).toBe("pattern: must be numbers separated by commas, got ' , '");
    expect(parseNonEmpty(" AB ", "sequence")).toBe("AB");
    expect(refusal(() => parseNonEmpty(" ", "sequence"))).toBe("sequence: must not be empty");
  });
});

describe("the seed spec", () => {
  it("accepts every integer in [0, 2^32) and nothing else, with one message", () => {
    expect(parseSeed("0")).toBe(0);
    expect(parseSeed(" 4294967295 ")).toBe(SEED_MAX);
    expect(checkSeed(SEED_MAX)).toBe(2 ** 32 - 1);
    for (const text of ["-1", "4294967296", "1.5", "1e3", "", "abc", "0x10"]) {
      expect(refusal(() => parseSeed(text))).toBe(`seed: must be an integer in [0, 4294967295], got '${text}'`);
    }
    for (const v of [-1, 2 ** 32, 0.5, NaN, "7", null]) {
      expect(refusal(() => checkSeed(v, "file.seed"))).toMatch(/^file\.seed: must be an integer in \[0, 4294967295\], got /);
    }
  });

  it("reads an empty or 'auto' input seed as the default", () => {
    expect(parseInputSeed("")).toBeNull();
    expect(parseInputSeed("auto")).toBeNull();
    expect(parseInputSeed("12")).toBe(12);
    expect(refusal(() => parseInputSeed("-3", "input_seed"))).toBe("input_seed: must be an integer in [0, 4294967295], got '-3'");
  });

  it("derives the default input seed as (seed + 1000) mod 2^32 for every valid seed", () => {
    expect(defaultInputSeed(0)).toBe(1000);
    expect(defaultInputSeed(42)).toBe(1042);
    expect(defaultInputSeed(4294966295)).toBe(4294967295);
    expect(defaultInputSeed(4294966296)).toBe(0);
    expect(defaultInputSeed(4294967000)).toBe(704);
    expect(defaultInputSeed(SEED_MAX)).toBe(999);
    expect(() => defaultInputSeed(-1)).toThrow(SornInputError);
  });
});
