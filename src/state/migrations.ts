/**
 * Upgrades of old URL parameter sets, one step per schema version (nest-desktop's
 * `helpers/upgrades/`, excalidraw's `data/restore.ts`). `MIGRATIONS[n]` turns a version-n set
 * into version n + 1; a link is upgraded step by step to the current version.
 */

/** A link's parameters, key → raw string value. */
export type RawParams = Map<string, string>;

/**
 * Version 0 is a link without `v=`: the command line's vocabulary, as a user would type it from
 * `npm run sorn -- simulate --seed 3 --freeze ip,sp --noise false` (`seed=3&freeze=ip,sp&noise=false`).
 * Version 1 names the switched-off rules `off=` and writes noise as 0/1.
 */
function v0ToV1(p: RawParams): RawParams {
  const out = new Map(p);
  const freeze = out.get("freeze");
  if (freeze !== undefined) {
    out.delete("freeze");
    out.set("off", freeze);
  }
  const noise = out.get("noise");
  if (noise !== undefined) out.set("noise", /^(false|0|off|no)$/i.test(noise.trim()) ? "0" : "1");
  return out;
}

/** Migration from version n (the index) to n + 1. */
export const MIGRATIONS: readonly ((p: RawParams) => RawParams)[] = [v0ToV1];

/** Upgrade `p` from `from` to `to` (from ≤ to). */
export function migrate(p: RawParams, from: number, to: number): RawParams {
  let out = p;
  for (let v = from; v < to; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`no migration from schema version ${v}`);
    out = step(out);
  }
  return out;
}
