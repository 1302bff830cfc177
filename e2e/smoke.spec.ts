import { expect, test } from "@playwright/test";

test("smoke: the lab opens and plays", async ({ page }) => {
  page.on("console", (m) => console.log("console:", m.type(), m.text()));
  page.on("pageerror", (e) => console.log("pageerror:", e.message));
  await page.goto("./");
  await expect(page.getByRole("button", { name: "Play" })).toBeEnabled();
  await page.getByRole("button", { name: "Play" }).click();
  await page.waitForTimeout(2000);
  await page.screenshot({ path: "docs/lab-running.png" });
  await page.getByRole("button", { name: "Pause" }).click();
  console.log("step", await page.getByTestId("step-count").textContent());
});
