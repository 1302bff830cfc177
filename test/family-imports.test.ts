/**
 * The model families import only the shared modules of src/models/ (rng/, params/, io/,
 * analysis/, model.ts, inputs.ts), never one another (docs/architecture.md, "How to add a model
 * family"), with one documented exception: lif/ maps rate-RNN models, so it imports rate-rnn/,
 * and nothing imports the other way. The cart-pole environment (cartpole/) imports no family,
 * and any family may use it (Spikey's cart-pole game is that environment: one, not two).
 * Tests are exempt (they may compare families).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const MODELS = resolve(import.meta.dirname, "../src/models");
const FAMILY_DIRS = ["sorn", "spikey", "rate-rnn", "lif", "cartpole"];
const ALLOWED: Record<string, string[]> = { lif: ["rate-rnn", "cartpole"], sorn: ["cartpole"], spikey: ["cartpole"], "rate-rnn": ["cartpole"] };

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) ? [p] : [];
  });
}

/** "file → family" for every import of a family module from another family's module. */
function crossImports(): string[] {
  const out: string[] = [];
  for (const fam of FAMILY_DIRS) {
    for (const file of files(join(MODELS, fam))) {
      for (const m of readFileSync(file, "utf8").matchAll(/(?:from|import)\s*\(?\s*"(\.[^"]+)"/g)) {
        const target = relative(MODELS, resolve(file, "..", m[1])).split(/[\\/]/)[0];
        if (target !== fam && FAMILY_DIRS.includes(target) && !(ALLOWED[fam] ?? []).includes(target)) out.push(`${relative(MODELS, file)} → ${target}`);
      }
    }
  }
  return out;
}

describe("model families", () => {
  it("import none of the others (lif → rate-rnn and the cart-pole environment excepted)", () => {
    expect(crossImports()).toEqual([]);
  });

  it("the check sees the exception's own imports (so it reads the files it should)", () => {
    const lifImports = files(join(MODELS, "lif")).filter((f) => readFileSync(f, "utf8").includes('from "../rate-rnn/'));
    expect(lifImports.length).toBeGreaterThan(3);
  });
});
