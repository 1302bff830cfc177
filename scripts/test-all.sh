#!/usr/bin/env bash
# Runs every test of SORN Lab on a fresh machine: installs the npm packages (npm ci) and, where
# it can, Debian's Chromium for the browser tests; then type checks, unit/property tests
# (Vitest), builds the lab and runs the Playwright tests against the built app.
# Ends with one line "tests: N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/.."
export npm_config_audit=false npm_config_fund=false

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund || { echo "npm ci failed"; exit 1; }
fi
if [ ! -x /usr/bin/chromium ] && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null || echo "warning: could not install chromium; Playwright falls back to its own browser"
fi

mkdir -p .tmp
status=0
npm run -s typecheck || { echo "type check failed"; status=1; }
npx vitest run --reporter=default --reporter=json --outputFile=.tmp/vitest.json || status=1
if npx vite build --logLevel warn; then
  PLAYWRIGHT_JSON_OUTPUT_NAME=.tmp/playwright.json npx playwright test --reporter=list,json || status=1
else
  echo "vite build failed"; status=1
fi

node -e '
const fs = require("fs");
let passed = 0, failed = 0;
try { const v = JSON.parse(fs.readFileSync(".tmp/vitest.json", "utf8")); passed += v.numPassedTests; failed += v.numFailedTests; } catch { failed++; console.log("no Vitest results"); }
try {
  const p = JSON.parse(fs.readFileSync(".tmp/playwright.json", "utf8"));
  passed += p.stats.expected + (p.stats.flaky || 0); failed += p.stats.unexpected;
} catch { failed++; console.log("no Playwright results"); }
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
' || status=1
exit $status
