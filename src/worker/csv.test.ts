import { describe, expect, it } from "vitest";
import { columnsToCsv, csvField } from "./csv";

describe("CSV writer", () => {
  it("quotes fields that need it and writes numbers in round-trip precision", () => {
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');
    expect(csvField("plain")).toBe("plain");
    expect(csvField(0.1 + 0.2)).toBe("0.30000000000000004");
    expect(Number(csvField(1 / 3))).toBe(1 / 3);
    expect(csvField(NaN)).toBe("nan");
  });

  it("writes a header and one line per row", () => {
    const csv = columnsToCsv(["step", "x"], [Float64Array.of(1, 2), Uint8Array.of(0, 1)]);
    expect(csv).toBe("step,x\n1,0\n2,1\n");
  });

  it("refuses columns of different lengths", () => {
    expect(() => columnsToCsv(["a", "b"], [[1, 2], [1]])).toThrow(/column 'b' has 1 rows, expected 2/);
    expect(() => columnsToCsv(["a"], [[1], [2]])).toThrow(/1 column names for 2 columns/);
  });
});
