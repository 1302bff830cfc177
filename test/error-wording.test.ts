/**
 * The same bad value gets the same words everywhere it can be typed: the command line says
 * `sorn: --name: M`, a link `name: M; using the default`, the lab's field M alone (and the input
 * panel, whose one message covers several fields, `field: M`).
 */
import { describe, expect, it } from "vitest";
import { LabController } from "../src/state/controller";
import { createLabStore } from "../src/state/store";
import { decodeConfig } from "../src/state/url";
import { choiceFromDraft } from "../src/ui/InputPanel";
import { cli } from "./cli-helpers";

/** A controller whose worker, frames and page are never reached on the refusal paths tested. */
function lab() {
  const store = createLabStore();
  const controller = Reflect.construct(LabController, [store, {}, {}, {}]) as LabController;
  return { store, controller };
}

const CASES: [name: string, text: string, message: string][] = [
  ["eta_stdp", "5", "must be ≤ 1, got 5"],
  ["eta_stdp", "abc", "must be a finite number, got 'abc'"],
  ["eta_stdp", "", "must be a finite number, got ''"],
  ["ne", "2.5", "must be an integer, got 2.5"],
  ["h_ip", "-1", "must be ≥ 0, got -1"],
  ["network_type_ee", "Ring", "must be one of Sparse, Dense, got 'Ring'"],
  ["seed", "-1", "must be an integer in [0, 4294967295], got '-1'"],
  ["seed", "4294967296", "must be an integer in [0, 4294967295], got '4294967296'"],
  ["seed", "", "must be an integer in [0, 4294967295], got ''"],
];

describe.each(CASES)("%s = '%s'", (name, text, message) => {
  it("is refused on the command line", async () => {
    const r = await cli("simulate", `--${name}=${text}`, "--steps", "1", "--out", "never.json");
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`sorn: --${name}: ${message}\n`);
  });

  it("is refused in a link", () => {
    expect(decodeConfig(`#v=1&${name}=${encodeURIComponent(text)}`).warnings).toEqual([`${name}: ${message}; using the default`]);
  });

  it("is refused at the lab's field", async () => {
    const { store, controller } = lab();
    const ok = name === "seed" ? controller.setSeed(text) : await controller.setParam(name as "ne", text);
    expect(ok).toBe(false);
    expect(store.getState().fieldErrors[name]).toBe(message);
    expect(store.getState().config).toEqual(createLabStore().getState().config);
  });
});

describe("the input panel", () => {
  const draft = { seed: "", pattern: "1", sequence: "ABCD", amplitude: "1" };

  it("words its fields' errors as the codec, naming the field", () => {
    expect(choiceFromDraft("uniform", { ...draft, seed: "-1" }, null)).toBe("input seed: must be an integer in [0, 4294967295], got '-1'");
    expect(choiceFromDraft("constant", { ...draft, pattern: "1,x" }, null)).toBe("pattern: must be numbers separated by commas, got '1,x'");
    expect(choiceFromDraft("sequence", { ...draft, amplitude: "big" }, null)).toBe("amplitude: must be a finite number, got 'big'");
    expect(choiceFromDraft("sequence", { ...draft, sequence: " " }, null)).toBe("sequence: must not be empty");
  });

  it("reads an empty input seed as the default and the largest seed as itself", () => {
    expect(choiceFromDraft("uniform", draft, null)).toEqual({ kind: "uniform", seed: null });
    expect(choiceFromDraft("uniform", { ...draft, seed: "4294967295" }, null)).toEqual({ kind: "uniform", seed: 4294967295 });
    expect(choiceFromDraft("constant", { ...draft, pattern: "1, 0 0.5" }, null)).toEqual({ kind: "constant", values: [1, 0, 0.5] });
  });

  it("gives the command line's --input-seed wording", async () => {
    const r = await cli("simulate", "--input-seed", "-1", "--steps", "1", "--out", "never.json");
    expect(r.stderr).toBe("sorn: --input-seed: must be an integer in [0, 4294967295], got '-1'\n");
  });
});
