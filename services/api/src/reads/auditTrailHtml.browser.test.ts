import { existsSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_AGREEMENT } from "../demo/personas";
import { type ServiceUnderTest, serviceUnderTest } from "../testing/serviceUnderTest";

/** Debian's Chromium (`apt-get install chromium`); playwright-core never downloads a browser. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARTIFACTS = fileURLToPath(new URL("../../artifacts/", import.meta.url));

let s: ServiceUnderTest;
beforeAll(async () => {
  s = await serviceUnderTest();
});
afterAll(() => s.close());

describe.skipIf(!existsSync(CHROMIUM))("the HTML audit trail in headless Chromium", () => {
  it("renders every event with who, when, why and before → after, and requests nothing from elsewhere", async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
    try {
      const context = await browser.newContext({
        extraHTTPHeaders: { authorization: `Bearer ${s.tokens.auditor}` },
      });
      const page = await context.newPage();
      const requested: string[] = [];
      page.on("request", (r) => requested.push(r.url()));
      const response = await page.goto(`${s.url}/agreements/${DEMO_AGREEMENT}/events`);
      expect(response?.status()).toBe(200);
      await expect(page.title()).resolves.toBe(`Audit trail of ${DEMO_AGREEMENT}`);
      const rows = page.locator("tbody tr");
      expect(await rows.count()).toBe((await s.eventCount()) - 1); // all but the grant, which is not the agreement's
      const approved = rows.filter({ hasText: "ReallocationApproved" });
      await expect(approved.innerText()).resolves.toContain("M. Thalens-Kolker");
      await expect(approved.innerText()).resolves.toMatch(/3\/OBW\/Blokken: .* → /);
      expect(requested.every((url) => url.startsWith(s.url))).toBe(true);
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: `${ARTIFACTS}audit-trail.png`, fullPage: true });
      expect(existsSync(`${ARTIFACTS}audit-trail.png`)).toBe(true);
    } finally {
      await browser.close();
    }
  });
});
