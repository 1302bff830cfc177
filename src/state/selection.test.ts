import { describe, expect, it } from "vitest";
import { parseSelection } from "./selection";

describe("parseSelection", () => {
  it("reads all, none, indices and ranges, sorted without repeats", () => {
    expect(parseSelection("all", 3)).toEqual({ ok: true, indices: [0, 1, 2] });
    expect(parseSelection(" none ", 3)).toEqual({ ok: true, indices: [] });
    expect(parseSelection("5, 0-2, 1", 10)).toEqual({ ok: true, indices: [0, 1, 2, 5] });
  });

  it("refuses what is not a selection of this pool, saying why", () => {
    expect(parseSelection("0-10", 10)).toEqual({ ok: false, message: "'0-10': indices go from 0 to 9" });
    expect(parseSelection("3-1", 10)).toMatchObject({ ok: false, message: expect.stringContaining("backwards") });
    expect(parseSelection("a-b", 10)).toMatchObject({ ok: false });
  });
});
