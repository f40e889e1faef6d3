import { createInMemoryEventStore, generateCheckpointKeyPair } from "@grant-ledger/event-store";
import { type ReportRequest, produceReport, verifyReport } from "@grant-ledger/reports";
import * as E from "fp-ts/Either";
import { beforeAll, describe, expect, it } from "vitest";
import { csvTables } from "./csvTables";
import { EMMEN, emmenYear } from "./emmenYear";

// Every report of the 2007 Emmen agreement after the scripted year (emmenYear.ts), in every
// format, with the numbers checked exactly; CSV read back as Dutch Excel would.

const store = createInMemoryEventStore();
beforeAll(() => emmenYear(store));

const cell = (key: string) => {
  const [resultArea, workType, district] = key.split("/") as [string, string, string];
  return { resultArea, workType, district };
};
const NOW = () => new Date("2007-07-15T10:00:00Z");

const report = async (request: Omit<ReportRequest, "agreementId" | "now">) => {
  const made = await produceReport(store, { agreementId: EMMEN, now: NOW, ...request });
  if (E.isLeft(made)) throw new Error(`no report: ${JSON.stringify(made.left)}`);
  const render = (o: Parameters<typeof made.right.render>[0]) => {
    const text = made.right.render(o);
    if (E.isLeft(text)) throw new Error(text.left);
    return text.right;
  };
  return {
    document: made.right.document,
    json: () => JSON.parse(render({ format: "json" })),
    csv: (o: { lang?: "nl" | "en"; international?: boolean } = {}) => {
      const text = render({
        format: "csv",
        ...(o.lang === undefined ? {} : { lang: o.lang }),
        csvDialect: o.international ? "international" : "dutch",
      });
      return { text, ...csvTables(text, o.international ? "," : ";") };
    },
    html: (lang: "nl" | "en" = "nl") => render({ format: "html", lang }),
    render,
  };
};

type Rows = Record<string, string>[];
const find = (rows: Rows | undefined, match: Record<string, string>) =>
  rows?.find((r) => Object.entries(match).every(([k, v]) => r[k] === v));

describe("the stamp", () => {
  it("names the agreement, produced-at, as-of and the last included event (revision, position, hash)", async () => {
    const r = await report({ kind: "state" });
    const last = [];
    for await (const e of store.readStream(`agreement-${EMMEN}`, { direction: "backwards", maxCount: 1 }))
      last.push(e);
    expect(r.document).toMatchObject({
      format: "grant-ledger/report@1",
      kind: "state",
      producedAt: "2007-07-15T10:00:00.000Z",
      asOf: { requested: "last", revision: "10" },
      checkpoint: {
        streamId: `agreement-${EMMEN}`,
        revision: "10",
        globalPosition: last[0]?.globalPosition.toString(),
        hash: last[0]?.hash,
      },
    });
    expect(r.document.agreement).toMatchObject({
      agreementId: EMMEN,
      period: { start: "2007-01-01", end: "2007-12-31" },
    });
    const { stamp } = r.csv();
    expect(stamp.get("Overeenkomst")).toBe(EMMEN);
    expect(stamp.get("Revisie")).toBe("10");
    expect(stamp.get("Ketenhash")).toBe(last[0]?.hash);
    expect(stamp.get("Gemaakt op")).toBe("2007-07-15T10:00:00.000Z");
    expect(r.html()).toContain(`<dd>${last[0]?.hash}</dd>`);
  });
});

describe("offer versus contract", () => {
  it("JSON: 2/OBW offer 860 against contract 990 (115.1%), contract total 36146 hours: reallocations do not change the contract", async () => {
    const j = (await report({ kind: "offer-vs-contract" })).json();
    const area2 = j.body.resultAreas.find((a: { resultArea: string }) => a.resultArea === "2");
    expect(
      area2.lines.find((l: { position: { key: string } }) => l.position.key === "2/OBW/*"),
    ).toMatchObject({
      offer: "860",
      contract: "990",
      difference: "130",
      percent: "115.1",
      deviation: true,
    });
    expect(j.body.totals).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: "hours", contract: "36146" })]),
    );
  });

  it("CSV (Dutch): the same numbers with a decimal comma; English headers with lang en; international dialect", async () => {
    const r = await report({ kind: "offer-vs-contract" });
    const nl = r.csv();
    expect(nl.text.startsWith("\uFEFF")).toBe(true);
    expect(nl.text).toContain("\r\n");
    expect(nl.text.replace(/\r\n/g, "")).not.toContain("\n");
    expect(find(nl.tables[0], { Positie: "2/OBW/*" })).toMatchObject({
      Offerte: "860",
      Contract: "990",
      Verschil: "130",
      "Contract/offerte %": "115,1",
      Afwijking: "ja",
    });
    expect(find(nl.tables[0], { Resultaatgebied: "2", Positie: "totaal", Eenheid: "uur" })).toMatchObject({
      Offerte: "6215",
      Contract: "8365",
    });
    const en = r.csv({ lang: "en", international: true });
    expect(en.text.startsWith("\uFEFF")).toBe(false);
    expect(find(en.tables[0], { Position: "2/OBW/*" })).toMatchObject({
      Offer: "860",
      "Contract/offer %": "115.1",
    });
  });

  it("HTML: Dutch number formats in the tables", async () => {
    const html = (await report({ kind: "offer-vs-contract" })).html();
    expect(html).toContain('<td class="num">36.146</td>');
    expect(html).toContain('<td class="num">115,1%</td>');
    expect(html).toContain('<th scope="col" class="num">Offerte</th>');
    // Each table is titled once, by its caption.
    expect(html.split("<caption>Regels</caption>")).toHaveLength(2);
    expect(html).not.toContain("<h2>Regels</h2>");
  });
});

describe("the history of 6/JW/Stad", () => {
  it("JSON and CSV: signed at 2025, r-1 applied 2025 → 2065, the H1 report of 1010", async () => {
    const r = await report({ kind: "cell-history", cell: cell("6/JW/Stad") });
    const steps = r
      .json()
      .body.entries.map(
        (e: { step: string; before: { amount: string } | null; after: { amount: string } | null }) => [
          e.step,
          e.before?.amount ?? null,
          e.after?.amount ?? null,
        ],
      );
    expect(steps).toEqual(
      expect.arrayContaining([
        ["signed", null, "2025"],
        ["reallocation-applied", "2025", "2065"],
        ["result-reported", null, "1010"],
      ]),
    );
    const rows = r.csv().tables[0];
    expect(find(rows, { Stap: "reallocation-applied", Positie: "6/JW/Stad" })).toMatchObject({
      Voor: "2025",
      Na: "2065",
      Verzoek: "r-1",
      Door: "G.L. Jonker",
    });
    expect(r.html()).toContain('<td class="num">2.065</td>');
  });
});

describe("the reallocation register", () => {
  it("every request with status, decision and cumulative share; a formula-like justification escaped in CSV", async () => {
    const r = await report({ kind: "register" });
    const requests = r.json().body.requests;
    expect(requests.map((x: { requestId: string; status: string }) => [x.requestId, x.status])).toEqual([
      ["r-1", "applied"],
      ["r-2", "approved"],
      ["r-3", "rejected"],
    ]);
    const rows = r.csv().tables[0];
    expect(find(rows, { Verzoek: "r-1" })).toMatchObject({
      Eenheden: "40",
      "Cumulatief %": "0,1",
      "Drempel %": "10",
    });
    expect(find(rows, { Verzoek: "r-2" })).toMatchObject({
      Van: "3/OBW/Blokken",
      Naar: "2/JW/Blokken",
      Eenheden: "60",
      "Cumulatief %": "0,3",
      "Besloten door": "M. Thalens-Kolker",
    });
    expect(find(rows, { Verzoek: "r-3" })).toMatchObject({
      Status: "rejected",
      Eenheden: "300",
      Onderbouwing: "'=jeugdwerk Blokken uitbreiden",
    });
    expect(r.html()).toContain("=jeugdwerk Blokken uitbreiden");
  });

  it("a page: the last two requests, stamped with the limit and verified with it", async () => {
    const r = await report({ kind: "register", limit: 2 });
    expect(r.document.parameters).toEqual({ limit: 2 });
    expect(r.json().body.requests.map((x: { requestId: string }) => x.requestId)).toEqual(["r-2", "r-3"]);
    expect(await verifyReport(store, r.render({ format: "json" }))).toMatchObject({ ok: true });
    const h = await report({ kind: "cell-history", cell: cell("6/JW/Stad"), limit: 1 });
    expect(h.json().body.entries.map((e: { step: string }) => e.step)).toEqual(["result-reported"]);
  });
});

describe("realisation", () => {
  it("H1: 6/JW/Stad planned 2065 realised 1010 (N, −1055), 2/JW/Blokken 860 against 387.5 (N, −472.5)", async () => {
    const r = await report({ kind: "realisation", period: "2007-H1" });
    const lines = r.json().body.periods[0].lines;
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          planned: "2065",
          realised: "1010",
          variance: "-1055",
          mark: "N",
          explanationRequired: true,
          explanationMissing: false,
        }),
        expect.objectContaining({ planned: "860", realised: "387.5", variance: "-472.5", mark: "N" }),
      ]),
    );
    const nl = r.csv().tables[0];
    expect(find(nl, { Positie: "2/JW/Blokken" })).toMatchObject({
      Periode: "2007-H1",
      Plan: "860",
      Gerealiseerd: "387,5",
      Verschil: "-472,5",
      "V/N": "N",
      "Toelichting vereist": "ja",
    });
    const intl = r.csv({ international: true }).tables[0];
    expect(find(intl, { Positie: "2/JW/Blokken" })).toMatchObject({
      Gerealiseerd: "387.5",
      Verschil: "-472.5",
    });
    expect(r.html()).toContain('<td class="num">-472,5</td>');
    expect(r.document.matrix.find((c) => c.key === "2/JW/Blokken")).toMatchObject({
      contract: "800",
      current: "860",
      realised: "387.5",
    });
  });

  it("all periods when none is asked; an unknown period names the known ones", async () => {
    expect(
      (await report({ kind: "realisation" })).json().body.periods.map((p: { period: string }) => p.period),
    ).toEqual(["2007-H1"]);
    const made = await produceReport(store, { kind: "realisation", agreementId: EMMEN, period: "2007-H2" });
    expect(made).toEqual(
      E.left({ _tag: "UnknownPeriod", agreementId: EMMEN, period: "2007-H2", periods: ["2007-H1"] }),
    );
  });
});

describe("state", () => {
  it("as it stands: 6/JW/Stad contract 2025 current 2065; totals unchanged at 36146 hours and 82 groups", async () => {
    const r = await report({ kind: "state" });
    const body = r.json().body;
    expect(body.positions.find((p: { key: string }) => p.key === "6/JW/Stad")).toEqual({
      key: "6/JW/Stad",
      kind: "hours",
      contract: "2025",
      current: "2065",
      change: "40",
    });
    expect(body.totals).toEqual([
      { kind: "groups", contract: "82", current: "82", change: "0" },
      { kind: "hours", contract: "36146", current: "36146", change: "0" },
    ]);
    const rows = r.csv().tables[0];
    expect(find(rows, { Positie: "3/OBW/Blokken" })).toMatchObject({
      Contract: "440",
      Huidig: "380",
      Wijziging: "-60",
    });
    expect(find(r.csv().tables[1], { Eenheid: "uur" })).toMatchObject({ Contract: "36146" });
    expect(r.html()).toContain('<td class="num">36.146</td>');
  });

  it("as of revision 4 (signed, before any reallocation), stamped with that revision", async () => {
    const r = await report({ kind: "state", asOf: { revision: 4n } });
    expect(r.document.asOf).toEqual({
      requested: "4",
      basis: "revision",
      revision: "4",
      eventsIncluded: "5",
      eventsLeftOut: "0",
    });
    expect(r.document.checkpoint.revision).toBe("4");
    expect(r.json().body.positions.find((p: { key: string }) => p.key === "6/JW/Stad")).toMatchObject({
      current: "2025",
      change: "0",
    });
    const h = await report({ kind: "register", asOf: { revision: 4n } });
    expect(h.json().body.requests).toEqual([]);
  });

  it("lists the requests waiting for a decision: r-2 as of its request, none once decided", async () => {
    // Revisions: 5 r-1 applied, 6 r-2 requested, 7 approved, 8 r-3 requested, 9 rejected.
    const open = await report({ kind: "state", asOf: { revision: 6n } });
    expect(
      open.json().body.pending.map((p: { requestId: string; status: string }) => [p.requestId, p.status]),
    ).toEqual([["r-2", "requested"]]);
    expect(find(open.csv().tables[2], { Verzoek: "r-2" })).toMatchObject({
      Van: "3/OBW/Blokken",
      Naar: "2/JW/Blokken",
      Eenheden: "60",
      Onderbouwing: "informatiepunt Blokken onderbenut; wachtlijst jeugd",
    });
    expect(open.html("en")).toContain("Requests waiting for a decision");
    expect(
      (await report({ kind: "state", asOf: { revision: 8n } }))
        .json()
        .body.pending.map((p: { requestId: string }) => p.requestId),
    ).toEqual(["r-3"]);
    expect((await report({ kind: "state" })).json().body.pending).toEqual([]);
  });

  it("as of a revision outside the stream: refused with the agreements package's words", async () => {
    const made = await produceReport(store, { kind: "state", agreementId: EMMEN, asOf: { revision: 99n } });
    expect(E.isLeft(made) && made.left._tag === "AsOfRejected" && made.left.message).toContain("revision 99");
  });
});

describe("the register of agreements", () => {
  it("one row per agreement and unit kind, stamped with the last event", async () => {
    const r = await report({ kind: "agreements" });
    expect(r.document.checkpoint.revision).toBe("10");
    const rows = r.csv().tables[0];
    expect(find(rows, { Overeenkomst: EMMEN, Eenheid: "uur" })).toMatchObject({
      Contract: "36146",
      Status: "signed",
    });
    expect(find(rows, { Overeenkomst: EMMEN, Eenheid: "groepen" })).toMatchObject({ Contract: "82" });
    const html = r.html();
    expect(html).toContain("Register van overeenkomsten");
    expect(html).toContain(
      "<td>emmen-sedna-2007</td><td>Gemeente Emmen</td><td>Stichting Welzijngroep Sedna</td>",
    );
    expect(html).toContain('<td class="num">36.146</td>');
    expect(r.json().body.agreements[0]).toMatchObject({ contractTotals: { hours: "36146", groups: "82" } });
  });
});

describe("the register of agreements of an empty store", () => {
  it("includes no event: stamped -1 with the genesis hash, and verifies until the store holds agreements", async () => {
    const empty = createInMemoryEventStore();
    const made = await produceReport(empty, { kind: "agreements", now: NOW });
    if (E.isLeft(made)) throw new Error(JSON.stringify(made.left));
    expect(made.right.document.checkpoint).toEqual({
      streamId: "",
      revision: "-1",
      globalPosition: "-1",
      hash: "0".repeat(64),
    });
    for (const format of ["json", "csv", "html"] as const) {
      const text = made.right.render({ format });
      if (E.isLeft(text)) throw new Error(text.left);
      expect(await verifyReport(empty, text.right)).toMatchObject({ ok: true, numbersChecked: true });
      // The same empty register is still what no events give, whatever the store holds now.
      expect(await verifyReport(store, text.right)).toMatchObject({ ok: true });
    }
    // A stamp of no event on a report of one agreement is not one grant-ledger writes.
    const state = (await report({ kind: "state" })).document;
    const forged = JSON.stringify({ ...state, checkpoint: made.right.document.checkpoint }, null, 2);
    expect(await verifyReport(store, `${forged}\n`)).toMatchObject({ ok: false });
  });
});

describe("mistakes", () => {
  it("an unknown agreement and an unknown cell", async () => {
    expect(await produceReport(store, { kind: "state", agreementId: "nope" })).toEqual(
      E.left({ _tag: "UnknownAgreement", agreementId: "nope" }),
    );
    expect(
      await produceReport(store, { kind: "cell-history", agreementId: EMMEN, cell: cell("6/XX/Stad") }),
    ).toEqual(E.left({ _tag: "UnknownCell", agreementId: EMMEN, cell: "6/XX/Stad" }));
  });
});

describe("verifyReport", () => {
  it("accepts every report as made, in every format and both languages and dialects", async () => {
    for (const request of [
      { kind: "offer-vs-contract" },
      { kind: "cell-history", cell: cell("6/JW/Stad") },
      { kind: "register" },
      { kind: "realisation", period: "2007-H1" },
      { kind: "state", asOf: { revision: 6n } },
      { kind: "agreements" },
    ] as const) {
      const r = await report(request);
      for (const format of ["json", "html"] as const)
        expect(await verifyReport(store, r.render({ format }))).toMatchObject({
          ok: true,
          numbersChecked: true,
        });
      for (const csv of [
        { format: "csv" },
        { format: "csv", lang: "en", csvDialect: "international" },
      ] as const)
        expect(await verifyReport(store, r.render(csv))).toMatchObject({ ok: true, numbersChecked: true });
      expect(await verifyReport(store, r.render({ format: "html", lang: "en" }))).toMatchObject({ ok: true });
    }
  });

  it("detects an edited number and names where", async () => {
    const text = (await report({ kind: "state" })).render({ format: "json" });
    const edited = text.replace('"current": "2065"', '"current": "2066"');
    expect(edited).not.toBe(text);
    const v = await verifyReport(store, edited);
    expect(v.ok).toBe(false);
    expect(!v.ok && v.problem).toMatch(
      /^\$\.body\.positions\[\d+\]\.current: "2066" in the report, "2065" in a fresh computation$/,
    );
    const page = (await report({ kind: "state" })).html();
    const embedded = page.replace('"current": "2065"', '"current": "2066"');
    expect(embedded).not.toBe(page);
    expect((await verifyReport(store, embedded)).ok).toBe(false);
    // A number edited in a table, the embedded document left alone.
    const shown = page.replace('<td class="num">2.065</td>', '<td class="num">2.066</td>');
    expect(shown).not.toBe(page);
    const v2 = await verifyReport(store, shown);
    expect(!v2.ok && v2.problem).toMatch(/^line \d+ of the HTML page differs .*2\.066/);
    // ... and in a CSV report, which carries no document: it is written afresh and compared.
    const csv = (await report({ kind: "state" })).render({ format: "csv" });
    const editedCsv = csv.replace("6/JW/Stad;uur;2025;2065;40", "6/JW/Stad;uur;2025;2066;40");
    expect(editedCsv).not.toBe(csv);
    const v3 = await verifyReport(store, editedCsv);
    expect(v3).toMatchObject({
      ok: false,
      finding: { code: "line-differs", values: { what: "csv" } },
      problem: expect.stringMatching(
        /^line \d+ of the CSV report differs .*"6\/JW\/Stad;uur;2025;2066;40" instead of "6\/JW\/Stad;uur;2025;2065;40"$/,
      ),
    });
  });

  it("detects a stamp that points outside the chain, or at another event, or with another hash", async () => {
    const doc = (await report({ kind: "state" })).json();
    const at = (checkpoint: object) =>
      JSON.stringify({ ...doc, checkpoint: { ...doc.checkpoint, ...checkpoint } });
    expect(await verifyReport(store, at({ globalPosition: "999" }))).toEqual({
      ok: false,
      problem: "global position 999 is not in the store's chain",
      finding: { code: "position-not-in-chain", values: { position: "999" } },
    });
    expect((await verifyReport(store, at({ globalPosition: "3" }))).ok).toBe(false);
    const v = await verifyReport(store, at({ hash: "0".repeat(64) }));
    expect(!v.ok && v.problem).toContain("has chain hash");
  });

  it("signs every format with Ed25519 and checks the signature with the public key", async () => {
    const keys = generateCheckpointKeyPair();
    const other = generateCheckpointKeyPair();
    const r = await report({ kind: "realisation" });
    for (const format of ["json", "csv", "html"] as const) {
      const signed = r.render({ format, privateKeyPem: keys.privateKeyPem });
      expect(await verifyReport(store, signed, { publicKeyPem: keys.publicKeyPem })).toMatchObject({
        ok: true,
        signatureChecked: true,
      });
      expect((await verifyReport(store, signed, { publicKeyPem: other.publicKeyPem })).ok).toBe(false);
      const tampered = signed.replace("2007-H1", "2007-H2");
      const v = await verifyReport(store, tampered, { publicKeyPem: keys.publicKeyPem });
      expect(v.ok).toBe(false);
      if (format === "csv") expect(csvTables(signed, ";").tables[0]?.length).toBeGreaterThan(0);
    }
    expect(
      (await verifyReport(store, r.render({ format: "json" }), { publicKeyPem: keys.publicKeyPem })).ok,
    ).toBe(false);
  });
});
