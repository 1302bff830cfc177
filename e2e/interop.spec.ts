import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { runFromJson } from "../src/models/sorn/io/run-file";
import { openLab, shownStep, stepN } from "./helpers";

/** Run the project's command line (`npm run sorn -- …`) through tsx. */
function sorn(args: string[]): void {
  execFileSync("npx", ["tsx", "src/cli/main.ts", ...args, "--quiet"], { stdio: "pipe", timeout: 120_000 });
}

test("the lab and the command line agree: a CLI run loads into the lab and continues to the CLI's own result", async ({ page }) => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), "sorn-lab-"));
  sorn(["simulate", "--seed", "8", "--steps", "100", "--eta_ip", "0.02", "--freeze", "sp", "--out", join(dir, "a.json")]);
  sorn(["simulate", "--seed", "8", "--steps", "160", "--eta_ip", "0.02", "--freeze", "sp", "--out", join(dir, "b.json")]);

  await openLab(page);
  await page.getByLabel("Run file to load").setInputFiles(join(dir, "a.json"));
  await expect(page.getByText("Loaded 'a.json' at step 100.")).toBeVisible();
  expect(await shownStep(page)).toBe(100);
  await expect(page.getByRole("switch", { name: "SP", exact: true })).not.toBeChecked();
  await expect(page.getByLabel("eta_ip")).toHaveValue("0.02");
  await stepN(page, 60);

  const [d] = await Promise.all([
    page.waitForEvent("download"),
    (async () => {
      await page.locator("summary", { hasText: "Save" }).click();
      await page.getByRole("button", { name: "Save run (JSON)" }).click();
    })(),
  ]);
  const lab = runFromJson(readFileSync((await d.path())!, "utf8"));
  const cli = runFromJson(readFileSync(join(dir, "b.json"), "utf8"));
  expect(lab.state.step).toBe(160);
  expect(Array.from(lab.state.Wee.data)).toEqual(Array.from(cli.state.Wee.data));
  expect(Array.from(lab.state.Te.data)).toEqual(Array.from(cli.state.Te.data));
  expect(Array.from(lab.state.X.data)).toEqual(Array.from(cli.state.X.data));
});

test("a fresh lab run at seed S equals `npm run sorn -- simulate --seed S` (same default input)", async ({ page }) => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), "sorn-lab-"));
  sorn(["simulate", "--seed", "21", "--steps", "75", "--out", join(dir, "c.json")]);
  await openLab(page, "#v=1&seed=21&input=uniform");
  await stepN(page, 75);
  const [d] = await Promise.all([
    page.waitForEvent("download"),
    (async () => {
      await page.locator("summary", { hasText: "Export" }).click();
      await page.getByRole("button", { name: "State JSON" }).click();
    })(),
  ]);
  const lab = runFromJson(readFileSync((await d.path())!, "utf8"));
  const cli = runFromJson(readFileSync(join(dir, "c.json"), "utf8"));
  expect(lab.input).toEqual(cli.input);
  expect(Array.from(lab.state.Wee.data)).toEqual(Array.from(cli.state.Wee.data));
  expect(Array.from(lab.state.Y.data)).toEqual(Array.from(cli.state.Y.data));
});
