import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createInMemoryEventStore } from "@grant-ledger/event-store";
import { type ReportKind, produceReport } from "@grant-ledger/reports";
import * as E from "fp-ts/Either";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EMMEN, emmenYear } from "./emmenYear";

// The HTML reports opened in Debian's Chromium (never a downloaded browser): no console error,
// no request beyond the file itself, one SVG element per matrix cell, each linking to its
// history on the page. Screenshots go to tests/artefacts/reports/ (gitignored).

const CHROMIUM = "/usr/bin/chromium";
const ARTEFACTS = fileURLToPath(new URL("../../artefacts/reports/", import.meta.url));
const store = createInMemoryEventStore();
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does this on a fresh machine)`,
    );
  mkdirSync(ARTEFACTS, { recursive: true });
  await emmenYear(store);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-background-networking"],
  });
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

const writeReport = async (
  kind: ReportKind,
  extra: { period?: string; cell?: { resultArea: string; workType: string; district: string } } = {},
) => {
  const made = await produceReport(store, { kind, agreementId: EMMEN, ...extra });
  if (E.isLeft(made)) throw new Error(JSON.stringify(made.left));
  const html = made.right.render({ format: "html" });
  if (E.isLeft(html)) throw new Error(html.left);
  const path = join(ARTEFACTS, `${kind}.html`);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, html.right);
  return { path, document: made.right.document };
};

describe("the HTML report in headless Chromium", () => {
  it.each([
    ["state", {}],
    ["realisation", { period: "2007-H1" }],
    ["offer-vs-contract", {}],
    ["register", {}],
    ["cell-history", { cell: { resultArea: "6", workType: "JW", district: "Stad" } }],
    ["agreements", {}],
  ] as const)(
    "%s: no console errors, no requests, one SVG cell per matrix cell, a screenshot",
    async (kind, extra) => {
      const { path, document: report } = await writeReport(kind, extra);
      const page = await browser.newPage({ viewport: { width: 1240, height: 1754 } });
      const errors: string[] = [];
      const requests: string[] = [];
      page.on("console", (m) => {
        if (m.type() === "error" || m.type() === "warning") errors.push(m.text());
      });
      page.on("pageerror", (e) => errors.push(e.message));
      page.on("request", (r) => requests.push(r.url()));
      const url = pathToFileURL(path).href;
      await page.goto(url, { waitUntil: "load" });
      expect(await page.title()).toContain(kind === "agreements" ? "Register van overeenkomsten" : EMMEN);
      await page.screenshot({ path: join(ARTEFACTS, `${kind}.png`), fullPage: false });
      const cells = await page.$$eval("svg rect.cell", (rs) => rs.map((r) => r.getAttribute("data-cell")));
      expect(cells.length).toBe(report.matrix.length);
      expect(new Set(cells).size).toBe(cells.length);
      if (kind !== "agreements") expect(cells.length).toBeGreaterThan(80);
      // Every cell of the picture links to an element of the page that holds its history.
      const ids = new Set(await page.$$eval("[id]", (els) => els.map((e) => e.id)));
      const targets = (await page.$$eval("svg a", (as) => as.map((a) => a.getAttribute("href") ?? ""))).map(
        (href) => ({ href, found: href.startsWith("#") && ids.has(href.slice(1)) }),
      );
      expect(targets.length).toBe(cells.length);
      expect(targets.filter((t) => !t.found)).toEqual([]);
      if (cells.length > 0) {
        await page.click(`svg rect.cell[data-cell="6/JW/Stad"]`);
        expect(new URL(page.url()).hash).toBe("#cell-6-JW-Stad");
        expect(await page.textContent("#cell-6-JW-Stad")).toContain("2.065");
      }
      // Tables have headers in the language's words and Dutch numbers.
      expect(await page.$$eval("thead th[scope=col]", (ths) => ths.length)).toBeGreaterThan(3);
      await page.emulateMedia({ media: "print" });
      await page.pdf({ path: join(ARTEFACTS, `${kind}.pdf`), format: "A4" });
      await page.close();
      expect(errors).toEqual([]);
      expect(requests).toEqual([url]);
    },
  );
});
