/**
 * The model families the lab, the worker and the command line know, by id. Adding a family is
 * one entry here (see docs/architecture.md).
 */
import { SornInputError } from "./params/error";
import type { Model, ModelFamily } from "./model";
import { lifFamily } from "./lif/family";
import { rateRnnFamily } from "./rate-rnn/family";
import { sornFamily } from "./sorn/family";
import { spikeyFamily } from "./spikey/family";

/** Every family, in the order `sorn models` lists them. */
export const FAMILIES: readonly ModelFamily[] = [sornFamily, spikeyFamily, rateRnnFamily, lifFamily].map((f) => f as unknown as ModelFamily);

/** The family with this id (a clear error naming the known ones otherwise). */
export function family(id: string): ModelFamily {
  const f = FAMILIES.find((x) => x.id === id);
  if (!f) throw new SornInputError("model", `unknown model family '${id}' (families: ${FAMILIES.map((x) => x.id).join(", ")})`);
  return f;
}

/** Build a model of family `id`. */
export function createModel(id: string, options?: Parameters<ModelFamily["create"]>[0]): Model {
  return family(id).create(options);
}
