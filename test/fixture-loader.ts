import { readFileSync, existsSync } from "node:fs";
import { resolve } from "node:path";
import type { SornState } from "../src/models/sorn/types";

/** Where the golden fixtures made with the real Python package live (read-only, beside the repo). */
export const FIXTURE_DIR = resolve(__dirname, "../../shared/fixtures/sorn");

type Triplet = [number, number, number];
interface FixtureState {
  shapes: Record<string, number[]>;
  Wee: Triplet[];
  Wei: Triplet[];
  Wie: Triplet[];
  Te: number[];
  Ti: number[];
  X: number[][];
  Y: number[][];
}
export interface Fixture {
  name: string;
  seed: number;
  call: { api: string; phase: string; timesteps: number; noise: boolean; freeze: string[] | null; hyperparameters: Record<string, unknown> };
  inputs: number[][];
  initial_state: FixtureState;
  final_state: FixtureState;
  steps: Record<"ExcitatoryActivation" | "InhibitoryActivation" | "RecurrentActivation" | "EEConnectionCounts" | "EIConnectionCounts" | "TE", unknown[]>;
  rng_after: { np_random_random: number; python_random_random: number };
}

/** Load one fixture; a missing file is an error, never a skipped test. */
export function loadFixture(file: string): Fixture {
  const path = resolve(FIXTURE_DIR, file);
  if (!existsSync(path)) throw new Error(`golden fixture ${path} is missing: the repository expects ../shared beside it`);
  return JSON.parse(readFileSync(path, "utf8")) as Fixture;
}

function denseFromTriplets(shape: number[], triplets: Triplet[]): { shape: number[]; data: Float64Array } {
  const data = new Float64Array(shape[0] * shape[1]);
  for (const [r, c, v] of triplets) data[r * shape[1] + c] = v;
  return { shape, data };
}

/** A fixture state as the engine's SornState (no generator states: the caller's seed applies). */
export function fixtureState(s: FixtureState): SornState {
  return {
    Wee: denseFromTriplets(s.shapes.Wee, s.Wee),
    Wei: denseFromTriplets(s.shapes.Wei, s.Wei),
    Wie: denseFromTriplets(s.shapes.Wie, s.Wie),
    Te: { shape: [s.Te.length, 1], data: Float64Array.from(s.Te) },
    Ti: { shape: [s.Ti.length, 1], data: Float64Array.from(s.Ti) },
    X: { shape: [s.X.length, 2], data: Float64Array.from(s.X.flat()) },
    Y: { shape: [s.Y.length, 2], data: Float64Array.from(s.Y.flat()) },
  };
}
