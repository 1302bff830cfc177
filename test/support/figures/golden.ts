/**
 * Golden figure files, as observablehq/plot keeps them: `test/golden/<set>/<name>.svg` is the
 * committed expectation; a test whose output differs fails, says where, and writes the new
 * output beside it as `<name>-changed.svg` (git-ignored) to diff or view; UPDATE_GOLDEN=1
 * rewrites the golden files instead (and removes stale -changed files).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../golden/", import.meta.url));
const update = process.env.UPDATE_GOLDEN === "1";

/** Compares `svg` with `test/golden/<set>/<name>.svg`; see the module comment. */
export function expectGoldenSvg(set: string, name: string, svg: string): void {
  const dir = `${ROOT}${set}/`;
  const path = `${dir}${name}.svg`;
  const changed = `${dir}${name}-changed.svg`;
  if (update) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path, svg);
    rmSync(changed, { force: true });
    return;
  }
  if (!existsSync(path)) throw new Error(`missing golden file ${path}; run with UPDATE_GOLDEN=1 to create it`);
  const want = readFileSync(path, "utf8");
  if (svg === want) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, svg);
  const a = svg.split("\n");
  const b = want.split("\n");
  const line = a.findIndex((l, i) => l !== b[i]);
  const at = line < 0 ? b.length : line;
  const [got, exp] = [a[at] ?? "<end>", b[at] ?? "<end>"];
  let col = 0;
  while (col < got.length && got[col] === exp[col]) col++;
  const from = Math.max(0, col - 60);
  throw new Error(
    `${set}/${name}.svg differs from its golden file at line ${at + 1}, column ${col + 1}:\n` +
      `  got:  …${got.slice(from, from + 160)}\n  want: …${exp.slice(from, from + 160)}\n` +
      `the new output is in ${changed}; rerun with UPDATE_GOLDEN=1 if the change is intended`,
  );
}
