import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { FIGURE_NAMES } from "../src/analysis-run";
import { readSvgMetadata } from "../src/figures";
import { readPngMetadata, readPngSize } from "../src/figures/pngmeta";
import { checkWellFormed } from "./support/figures/xmlcheck";
import { ALL_RECORDS, cli, saveRun, smallRun, spawnCli, tempDir } from "./cli-helpers";

let dir: string;
let full: { json: string; npz: string };
let eOnly: { json: string; npz: string };
const run = smallRun(ALL_RECORDS);

beforeAll(() => {
  dir = tempDir();
  full = saveRun(dir, "run", run);
  eOnly = saveRun(dir, "e-only", smallRun(["ExcitatoryActivation"], 150));
});

const PNG_SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

describe("sorn figures", () => {
  it("writes every figure as SVG and PNG with the run's configuration and seed in the metadata", async () => {
    const out = join(dir, "all");
    const r = await cli("figures", full.npz, "--out", out, "--format", "svg,png", "--from", "200");
    expect(r.code).toBe(0);
    const files = FIGURE_NAMES.flatMap((n) => [`${n}.svg`, `${n}.png`]);
    expect(readdirSync(out).sort()).toEqual([...files].sort());
    expect(r.stderr).toBe(`wrote ${files.length} files to ${out}: ${files.join(", ")}\n`);
    for (const name of FIGURE_NAMES) {
      const svg = readFileSync(join(out, `${name}.svg`), "utf8");
      expect(checkWellFormed(svg), name).toBe("svg");
      const meta = readSvgMetadata(svg)!;
      expect(meta.generator).toBe("SORN Lab");
      expect(meta.seed).toBe(5);
      expect(meta.config).toMatchObject({ params: { ne: 40, nu: 4, eta_stdp: 0.004 }, phase: "plasticity", input: { kind: "uniform", seed: 1005 }, steps: { from: 200, to: 400 } });
      const png = new Uint8Array(readFileSync(join(out, `${name}.png`)));
      expect(Array.from(png.subarray(0, 8)), name).toEqual(PNG_SIGNATURE);
      expect(readPngMetadata(png), name).toEqual(meta);
      expect(readPngSize(png).width).toBeGreaterThan(100);
    }
    const hamming = readFileSync(join(out, "hamming-distance.svg"), "utf8");
    expect(hamming).toContain("<title>Hamming distance: neuron 0 flipped in the final state (step 400)</title>");
  });

  it("writes SVG only by default, and says which figures it skipped and why", async () => {
    const out = join(dir, "e-only");
    const r = await cli("figures", eOnly.json, "--out", out);
    expect(r.code).toBe(0);
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines.slice(1)).toEqual(["skipped connection-counts: no EEConnectionCounts record", "skipped thresholds: no TE record"]);
    expect(lines[0]).toMatch(/^wrote 11 files to .*: raster\.svg, population-activity\.svg/);
    expect(existsSync(join(out, "thresholds.svg"))).toBe(false);
    expect(readdirSync(out).every((f) => f.endsWith(".svg"))).toBe(true);
    const raster = readFileSync(join(out, "raster.svg"), "utf8");
    expect(raster).toContain("showing 40 of 40 neurons, 150 steps");
  });

  it("makes only the figures named by --only, with the perturbation settings given", async () => {
    const out = join(dir, "only");
    const r = await cli("figures", full.json, "--out", out, "--only", "hamming-distance,raster", "--perturbation-steps", "30", "--perturbation-neuron", "7", "--raster-steps", "50");
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["hamming-distance.svg", "raster.svg"]);
    const meta = readSvgMetadata(readFileSync(join(out, "hamming-distance.svg"), "utf8"))!;
    expect((meta.config as { perturbation: object }).perturbation).toMatchObject({ steps: 30, neuron: 7, startStep: 400, phase: "training" });
    expect(readFileSync(join(out, "raster.svg"), "utf8")).toContain("<title>Spike raster, steps 350–399</title>");
  });

  it("rejects bad input with exit status 2 and one line, writing nothing", async () => {
    writeFileSync(join(dir, "corrupt.json"), '{"format": "sorn-lab-run", "version": 1, "state": ');
    const out = join(dir, "never");
    const cases: [string[], RegExp][] = [
      [["figures", full.json, "--out", out, "--format", "jpg"], /^sorn: --format: unknown format 'jpg' \(formats: svg, png, pdf\)$/],
      [["figures", full.json, "--out", out, "--format", "svg,gif"], /^sorn: --format: unknown format 'gif'/],
      [["figures", full.json], /^sorn: --out: required/],
      [["figures", join(dir, "missing.npz"), "--out", out], /^sorn: cannot read '.*missing\.npz' \(ENOENT\)$/],
      [["figures", join(dir, "corrupt.json"), "--out", out], /^sorn: '.*corrupt\.json': file: is not valid JSON/],
      [["figures", full.json, "--out", out, "--from", "390", "--to", "20"], /^sorn: --from 390 --to 20: --from must be less than --to/],
      [["figures", full.json, "--out", out, "--only", "raster,pie"], /^sorn: --only: unknown figure 'pie'/],
      [["figures", full.json, "--out", full.json], /^sorn: --out: cannot create the folder/],
    ];
    for (const [argv, message] of cases) {
      const r = await cli(...argv);
      expect(r.code, argv.join(" ")).toBe(2);
      expect(r.stderr.trimEnd(), argv.join(" ")).toMatch(message);
      expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    }
    expect(existsSync(out)).toBe(false);
  });

  it("exits 2 on an unknown format from the real command, and 0 on a good one", () => {
    const bad = spawnCli("figures", full.json, "--out", join(dir, "x"), "--format", "tiff");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe("sorn: --format: unknown format 'tiff' (formats: svg, png, pdf)\n");
    const ok = spawnCli("figures", eOnly.npz, "--out", join(dir, "spawned"), "--only", "isi", "--format", "png");
    expect(ok.code).toBe(0);
    expect(ok.stderr).toMatch(/^wrote 1 file to .*spawned: isi\.png\n$/);
    expect(readPngMetadata(new Uint8Array(readFileSync(join(dir, "spawned", "isi.png"))))?.seed).toBe(5);
  });
});
