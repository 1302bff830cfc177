/**
 * The Node pool worker's entry as one bundled ES module. Started through tsx (`node-worker.mjs`),
 * a worker thread spends about 0.5 s of CPU time and 0.4–0.8 s of wall time before its first job
 * (each of ~220 modules transformed and resolved through the loader hooks; measured on the
 * 2-core box), which on a sweep of short points costs more than the points. Bundled by esbuild
 * (tsx's own compiler) into one file, a worker is ready in ~60 ms.
 *
 * The bundle is built once, in the parent, and cached in `node_modules/.cache/sorn-lab/` with the
 * modification time and size of every input (esbuild's metafile): a later process reuses it while
 * no input changed, else rebuilds it (~0.5 s). Written to a temporary name and renamed, so
 * processes building at once (Vitest's workers) never read half a file. Anything that fails
 * (no esbuild, a read-only tree, a build error) falls back to the tsx bootstrap, which loads the
 * same sources; `SORN_POOL_BUNDLE=0` forces that fallback (stack traces then name the sources).
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { BuildOptions } from "esbuild";

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, "../..");
const SOURCE = join(HERE, "node-worker.ts");
const BOOTSTRAP = new URL("./node-worker.mjs", import.meta.url);
const CACHE = join(ROOT, "node_modules", ".cache", "sorn-lab");

/** What the cache remembers of one build: each input's [mtimeMs, size], the compiler's version and options. */
interface BundleMeta {
  readonly esbuild: string;
  readonly options: string;
  readonly inputs: Record<string, [number, number]>;
}

/** Let CommonJS packages inside an ES module bundle `require` Node's built-ins. */
const BANNER = 'import { createRequire as __sornCreateRequire } from "node:module"; const require = __sornCreateRequire(import.meta.url);';

/** esbuild's options (inline source maps, so a job's stack names its TypeScript source under `--enable-source-maps`). */
const OPTIONS: BuildOptions & { metafile: true; write: false } = {
  entryPoints: [SOURCE], bundle: true, platform: "node", format: "esm", target: "node20",
  absWorkingDir: ROOT, metafile: true, write: false, logLevel: "silent", banner: { js: BANNER },
  sourcemap: "inline", sourcesContent: false,
};

let entry: URL | undefined;

/** True when every input recorded in `meta` still has its recorded modification time and size. */
function fresh(meta: BundleMeta, version: string): boolean {
  if (meta.esbuild !== version || meta.options !== JSON.stringify(OPTIONS)) return false;
  for (const [file, [mtime, size]] of Object.entries(meta.inputs)) {
    try {
      const s = statSync(file);
      if (s.mtimeMs !== mtime || s.size !== size) return false;
    } catch {
      return false;
    }
  }
  return Object.keys(meta.inputs).length > 0;
}

/** Build the bundle into the cache (or reuse a fresh one); its path. Throws on any failure. */
function buildBundle(): string {
  const esbuild = createRequire(import.meta.url)("esbuild") as typeof import("esbuild");
  const out = join(CACHE, "pool-worker.mjs");
  const metaFile = join(CACHE, "pool-worker.json");
  try {
    if (fresh(JSON.parse(readFileSync(metaFile, "utf8")) as BundleMeta, esbuild.version)) return out;
  } catch {
    // no cache yet, or an unreadable one: build
  }
  const built = esbuild.buildSync(OPTIONS);
  const inputs: Record<string, [number, number]> = {};
  for (const file of Object.keys(built.metafile.inputs)) {
    const path = resolve(ROOT, file);
    const s = statSync(path);
    inputs[path] = [s.mtimeMs, s.size];
  }
  mkdirSync(CACHE, { recursive: true });
  const tag = `${process.pid}-${Date.now()}`;
  writeFileSync(`${out}.${tag}`, built.outputFiles[0].contents);
  renameSync(`${out}.${tag}`, out);
  writeFileSync(`${metaFile}.${tag}`, JSON.stringify({ esbuild: esbuild.version, options: JSON.stringify(OPTIONS), inputs } satisfies BundleMeta));
  renameSync(`${metaFile}.${tag}`, metaFile);
  return out;
}

/**
 * The file a pool worker thread starts from: the cached bundle, or the tsx bootstrap where the
 * bundle cannot be had (see the module comment). Decided once per process.
 */
export function workerEntry(): URL {
  if (entry) return entry;
  if (process.env.SORN_POOL_BUNDLE === "0") return (entry = BOOTSTRAP);
  try {
    entry = pathToFileURL(buildBundle());
  } catch {
    entry = BOOTSTRAP;
  }
  return entry;
}
