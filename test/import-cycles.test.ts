/**
 * No import circle under src/: every module can be read, tested and replaced from the bottom up.
 * Type-only imports and lazy `import()`s count too: a circle of types or of loaders still ties
 * two modules together.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseCircular, parseDependencyTree } from "dpdm";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "..");

/** The import circles among `files` (globs relative to `root`), each as its sorted modules. */
async function circles(root: string, files: string[], tsconfig?: string): Promise<string[][]> {
  const tree = await parseDependencyTree(files, { context: root, cwd: root, transform: false, skipDynamicImports: false, tsconfig });
  return parseCircular(tree, false).map((c) => [...c].sort());
}

describe("imports", () => {
  it("form no circle under src/", async () => {
    expect(await circles(ROOT, ["src/**/*.ts", "src/**/*.tsx"], join(ROOT, "tsconfig.json"))).toEqual([]);
  });

  it("the check finds a circle of type-only imports and one through a lazy import()", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sorn-cycles-"));
    writeFileSync(join(dir, "a.ts"), `import type { B } from "./b";\nexport interface A { b: B }\n`);
    writeFileSync(join(dir, "b.ts"), `import { c } from "./c";\nimport type { A } from "./a";\nexport interface B { a: A }\nexport const d = c;\n`);
    writeFileSync(join(dir, "c.ts"), `export const c = 1;\nexport const load = () => import("./b");\n`);
    expect((await circles(dir, ["*.ts"])).map((c) => c.join(" ")).sort()).toEqual(["a.ts b.ts", "b.ts c.ts"]);
  });
});
