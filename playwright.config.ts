/**
 * Playwright runs the lab's end-to-end tests against the BUILT app (`vite build`, then
 * `vite preview` on 127.0.0.1). It launches Debian's Chromium when /usr/bin/chromium exists
 * (never downloads a browser), else Playwright's own.
 */
import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

/** Port and build folder; E2E_PORT / E2E_OUT let several checkouts or agents test at once. */
const PORT = Number(process.env.E2E_PORT ?? 4173);
const OUT = process.env.E2E_OUT ?? "dist";
const SYSTEM_CHROMIUM = "/usr/bin/chromium";
const executablePath = existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined;

export default defineConfig({
  testDir: "e2e",
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  outputDir: process.env.E2E_OUT ? `test-results/${process.env.E2E_OUT}` : "test-results",
  use: {
    ...devices["Desktop Chrome"],
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1440, height: 1000 },
    acceptDownloads: true,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  webServer: {
    // Build every time: a stale dist/ would test old code (npm run test:e2e builds too; it is quick).
    command: `sh -c 'npx vite build --logLevel warn --outDir ${OUT} && npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort --outDir ${OUT}'`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
