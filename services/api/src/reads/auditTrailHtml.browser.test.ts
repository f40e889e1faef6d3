import { existsSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_AGREEMENT } from "../demo/personas";
import { SESSION_COOKIE } from "../session/sessionCookie";
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

  it("logs a browser in at /login: the trail opens from a plain link, and the cookie cannot send a command", async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
    try {
      const context = await browser.newContext();
      const page = await context.newPage();
      const requested: string[] = [];
      page.on("request", (r) => requested.push(r.url()));
      const trail = `/agreements/${DEMO_AGREEMENT}/events`;
      expect((await page.goto(`${s.url}${trail}`))?.status()).toBe(401);
      await page.goto(`${s.url}/login?next=${encodeURIComponent(trail)}`);
      await page.fill("textarea[name=token]", s.tokens.auditor);
      await Promise.all([page.waitForURL(`${s.url}${trail}`), page.click("button[type=submit] >> nth=0")]);
      await expect(page.title()).resolves.toBe(`Audit trail of ${DEMO_AGREEMENT}`);
      const [cookie] = await context.cookies();
      expect(cookie).toMatchObject({ name: SESSION_COOKIE, httpOnly: true, sameSite: "Strict" });
      await expect(
        page.evaluate(() => (globalThis as unknown as { document: { cookie: string } }).document.cookie),
      ).resolves.toBe("");
      // The page's own origin, with the cookie: reads work, a command does not.
      const before = await s.eventCount();
      const statuses = await page.evaluate(async (agreement) => {
        const read = await fetch(`/agreements/${agreement}/reports/register?format=html`);
        const command = await fetch(`/agreements/${agreement}/auditor-grants`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ auditorOrganisationId: "x", reason: "y" }),
        });
        return [read.status, command.status];
      }, DEMO_AGREEMENT);
      expect(statuses).toEqual([200, 401]);
      expect(await s.eventCount()).toBe(before);
      expect(requested.every((url) => url.startsWith(s.url))).toBe(true);
      await page.goto(`${s.url}/login`);
      await Promise.all([page.waitForURL(`${s.url}/login`), page.click("form[action='/logout'] button")]);
      expect(await context.cookies()).toEqual([]);
      expect((await page.goto(`${s.url}${trail}`))?.status()).toBe(401);
    } finally {
      await browser.close();
    }
  });
});
