import { expect, test } from "@playwright/test";
import { openLab, shownStep, stepN } from "./helpers";

test("works offline: every request stays on the lab's own server (no CDN), PNG export included", async ({ page }) => {
  const foreign: string[] = [];
  await page.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === "127.0.0.1" || url.protocol === "blob:" || url.protocol === "data:") return route.continue();
    foreign.push(url.href);
    return route.abort();
  });
  await openLab(page);
  await stepN(page, 50);
  await page.getByRole("button", { name: "Play" }).click();
  await expect.poll(() => shownStep(page)).toBeGreaterThan(100);
  await page.getByRole("button", { name: "Pause" }).click();
  const [d] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export Population activity as PNG" }).click()]);
  expect(d.suggestedFilename()).toMatch(/\.png$/);
  expect(foreign).toEqual([]);
});
