import { describe, expect, it } from "vitest";
import { writeNpy } from "../models/io/npy";
import { SornInputError } from "../models/sorn/params";
import { parseInputFile } from "./input-file";

const enc = (s: string) => new TextEncoder().encode(s);

describe("parseInputFile", () => {
  it("reads JSON rows and {inputs: rows}", () => {
    const m = parseInputFile("in.json", enc("[[1,2,3],[4,5,6]]"));
    expect([m.nu, m.T, Array.from(m.data)]).toEqual([2, 3, [1, 2, 3, 4, 5, 6]]);
    expect(parseInputFile("in.json", enc('{"inputs": [[0.5]]}')).data[0]).toBe(0.5);
  });

  it("reads CSV with commas, spaces and comments", () => {
    const m = parseInputFile("in.csv", enc("# two units\n1, 0, 1\n0 1 0\n\n"));
    expect([m.nu, m.T, Array.from(m.data)]).toEqual([2, 3, [1, 0, 1, 0, 1, 0]]);
  });

  it("reads a 2-D .npy", () => {
    const bytes = writeNpy({ dtype: "float64", shape: [2, 2], data: Float64Array.of(1, 2, 3, 4) });
    const m = parseInputFile("in.npy", bytes);
    expect([m.nu, m.T, Array.from(m.data)]).toEqual([2, 2, [1, 2, 3, 4]]);
  });

  it("names the problem for ragged, non-numeric, empty or unknown files", () => {
    expect(() => parseInputFile("in.json", enc("[[1,2],[3]]"))).toThrow(/row 0 has 2, row 1 has 1/);
    expect(() => parseInputFile("in.csv", enc("1,x"))).toThrow(/line 1, value 2 is not a number/);
    expect(() => parseInputFile("in.json", enc("{"))).toThrow(/not valid JSON/);
    expect(() => parseInputFile("in.json", enc("[]"))).toThrow(/holds no rows/);
    expect(() => parseInputFile("in.npy", enc("nope"))).toThrow(SornInputError);
    expect(() => parseInputFile("in.xlsx", enc(""))).toThrow(/use a .json, .csv or .npy file/);
    const oneD = writeNpy({ dtype: "float64", shape: [3], data: Float64Array.of(1, 2, 3) });
    expect(() => parseInputFile("v.npy", oneD)).toThrow(/must be a 2-D array/);
  });
});
