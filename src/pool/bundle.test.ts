/**
 * The page's pool worker is bundled: a Vite build (the lab's config) of an entry that uses
 * `browser.ts` emits `web.worker-*.js`, a module chunk holding the registry and the kinds, and
 * the entry starts it by URL. (Nothing in the lab imports the pool yet, so the lab's own build
 * would tree-shake it away; this checks the bundling on its own.)
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build } from "vite";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const OUT = mkdtempSync(join(tmpdir(), "sorn-pool-bundle-"));
const ENTRY = "\0pool-entry";

afterAll(() => rmSync(OUT, { recursive: true, force: true }));

describe("the page's pool worker", () => {
  it("is bundled by Vite as its own module chunk with the kinds, started by the pool", async () => {
    await build({
      configFile: join(ROOT, "vite.config.ts"),
      root: ROOT,
      logLevel: "silent",
      plugins: [
        {
          name: "pool-entry",
          resolveId: (id) => (id === "pool-entry" ? ENTRY : null),
          load: (id) => (id === ENTRY ? `import { runJobs } from ${JSON.stringify(join(ROOT, "src/pool/browser.ts"))}; globalThis.runJobs = runJobs;` : null),
        },
      ],
      build: { outDir: OUT, emptyOutDir: true, rollupOptions: { input: { pool: "pool-entry" } } },
    });
    const assets = readdirSync(join(OUT, "assets"));
    const worker = assets.find((f) => /^web\.worker-.*\.js$/.test(f));
    const main = assets.find((f) => /^pool-.*\.js$/.test(f));
    expect(worker, assets.join(", ")).toBeDefined();
    const workerCode = readFileSync(join(OUT, "assets", worker!), "utf8");
    expect(workerCode).toContain("test.sum");
    expect(workerCode).toContain("unknown job kind");
    const mainCode = readFileSync(join(OUT, "assets", main!), "utf8");
    expect(mainCode).toContain(worker);
    expect(mainCode).toMatch(/new Worker\(/);
  });
});
