import { decodeEvent } from "@grant-ledger/core";
import { createInMemoryEventStore } from "@grant-ledger/event-store";
import * as E from "fp-ts/Either";
import { describe, expect, it } from "vitest";
import { type DiscrepancyKind, RecordedDiscrepancies, importAgreement, reconcile } from "../src";
import { BUDGET, fixtureCopy, replaceLine } from "./support/fixtureCopy";

type Copy = Awaited<ReturnType<typeof fixtureCopy>>;
const A2 = "arrangement-2-jeugd.tsv";
const A3 = "arrangement-3-informatie-en-advies.tsv";

/** Adds a money table to the copy and lists it in the manifest section `section`. */
const withTable = async (c: Copy, section: string, file: string, lines: string[], extra: object = {}) => {
  await c.write(file, lines.join("\n"));
  await c.writeManifest({ ...c.manifest, [section]: [{ ...extra, table: file }] });
};

/** A 2007-style result list for Velden, result area 3 (3/OW/Velden has no units), listed in the manifest. */
const withResultList = (c: Copy, rows: string[], header = "Activiteit\tWerksoort\tResultaat per 31-12-07") =>
  withTable(c, "expectedResults", "resultaten.tsv", ["Resultaten per activiteit\t\t", header, ...rows], {
    district: "Velden",
    resultArea: "3",
  });

/** A one-effect Haren form: partner list, contractor blocks (`effect | name | letter | costs`), one indicator. */
const withEffectForm = async (
  c: Copy,
  partners: string[],
  blocks: string[],
  indicator = "Aantal deelnemers",
) => {
  await c.write(
    "effecten.tsv",
    [
      "Effect\tOnderdeel\tTekst\tAantal\tRol",
      "1.1\tTitel\tMeer deelname\t\t",
      `1.1\tEffect indicator\t${indicator}\t\t`,
      ...partners,
    ].join("\n"),
  );
  await c.write(
    "opdrachten.tsv",
    "Effect\tOpdrachtnemer\tRol\tOnderdeel\tTekst\n1.1\tTorion\tT\tActiviteit\tJongerenwerk",
  );
  await c.write("opdrachtnemers.tsv", ["Effect\tOpdrachtnemer\tRol\tKosten en baten", ...blocks].join("\n"));
  await c.writeManifest({
    ...c.manifest,
    effectForms: [
      { effects: "effecten.tsv", assignments: "opdrachten.tsv", contractors: "opdrachtnemers.tsv" },
    ],
  });
};
const TORION_T = "1.1\tSamenwerkingspartner\tTorion (T)\t\tT";
const withServices = (c: Copy, rows: string[]) =>
  withTable(c, "services", "diensten.tsv", ["Dienst\tUitvoering\tBereik", ...rows], { opgave: "Armoede" });

/** A Rheden-style policy frame (`Kader | Kop | Code | Tekst`) and, when given, one goal table using `effects`. */
const withPolicyFrame = async (c: Copy, rows: string[], effects: string[] = []) => {
  await c.write("kaders.tsv", ["Kader\tKop\tCode\tTekst", ...rows].join("\n"));
  await c.write(
    "doelen.tsv",
    [
      "Global goal: 3 Gezonde levens\tMaatschappelijk effect\tAmbitie\tResultaat\tActiviteiten",
      ...effects.map((e) => `\t${e}\tWegwijs maken\tMeer hulp\tInformatie en advies`),
    ].join("\n"),
  );
  await c.writeManifest({
    ...c.manifest,
    policyFrames: [{ table: "kaders.tsv" }],
    ...(effects.length === 0
      ? {}
      : { goalTables: [{ workField: "Maatschappelijk werk", table: "doelen.tsv" }] }),
  });
};
const EFFECTS = "Maatschappelijke effecten\tWe willen bereiken:\t\t";
const WORK_FIELD = "Werkvelden\tDrie werkvelden\t1\tMaatschappelijk werk";

/** One edit of the fixtures per discrepancy kind the importer can report. */
const MUTATIONS: Record<DiscrepancyKind, (c: Copy) => Promise<void>> = {
  "empty-file": (c) => c.write("annex-de-monden.tsv", ""),
  "unparseable-file": (c) => c.write(BUDGET, 'Dienst,fte,Uren,Tarief,Totaal\n"Buurtwerk,1\n'),
  "missing-column": (c) => c.edit(A3, (t) => t.replace("\tOfferte", "")),
  "misaligned-row": (c) => c.edit(A2, replaceLine("OBW\t", "OBW\t\t216\t380\t294\t100\t990\t860\t7")),
  "not-a-number": (c) => c.edit(A2, replaceLine("OBW\t", "OBW\t\t216 constructor\t380\t294\t100\t990\t860")),
  "unit-mismatch": (c) => c.edit(A2, replaceLine("psz\t", "psz\t40 uur\t42\t\t\t\t82 groepen\t")),
  "duplicate-row": (c) => c.edit(A2, (t) => t.replace("SMW\t", "OBW\t")),
  "ambiguous-work-type": (c) => c.edit(A2, (t) => t.replace("\nJW\t", "\nJW / OW\t")),
  "missing-total-row": (c) => c.edit(A2, (t) => t.trimEnd().split("\n").slice(0, -1).join("\n")),
  "row-total": (c) => c.edit(A2, replaceLine("OBW\t", "OBW\t\t12 uur\t380\t294\t100\t990\t860")),
  "column-total": (c) => c.edit(A2, replaceLine("OBW\t", "OBW\t\t216,5\t380\t294\t100\t990,5\t860")),
  "grand-total": (c) => c.edit(A2, (t) => t.replace("\t8365\t", "\t8366\t")),
  "offer-total": (c) => c.edit(A2, (t) => t.replace("\t6215", "\t6216")),
  "unknown-result-area": (c) =>
    c.edit("annex-de-velden.tsv", (t) => t.replace("5. Vrijwilligers", "9. Sport")),
  "annex-total": (c) => c.edit("annex-de-blokken.tsv", (t) => t.replace("\t\t6360", "\t\t6300")),
  "annex-mismatch": (c) => c.edit("annex-de-velden.tsv", replaceLine("\tSCW\t700", "\tSCW\t7.000")),
  "annex-missing-row": (c) => c.edit("annex-de-velden.tsv", (t) => t.replace("\tJW\t420\n", "")),
  "product-rows": (c) =>
    c.edit(A3, (t) =>
      t
        .replace("\nOBW\t", "\nOpbouwwerk\t")
        .replace("\nSCW\t", "\nSociaal-cultureel werk\t")
        .replace("\nSCW1\t", "\nSociaal-cultureel werk 1\t")
        .replace("\nOW\t", "\nOuderenwerk\t")
        .replace("\nJW\t", "\nJongerenwerk\t")
        .replace("\nI & A\t", "\nInformatie en advies\t"),
    ),
  "slipped-units": (c) =>
    c.edit("annex-de-velden.tsv", (t) =>
      t.replace(
        "2. Jeugd\tOBW\t380\n\tSCW\t700\n\tJW\t420",
        "2. Jeugd\t\t380\n\tOBW\t700\n\tSCW\t420\n\tJW\t",
      ),
    ),
  "budget-hours": (c) => c.edit(BUDGET, (t) => t.replace("4.987", "4.988")),
  "budget-amount": (c) => c.edit(BUDGET, (t) => t.replace("386.722", "386.723")),
  "budget-subtotal": (c) => c.edit(BUDGET, (t) => t.replace("854.788", "854.789")),
  "budget-line": (c) => c.edit(BUDGET, (t) => t.replace("\t62,25\t", "\t\t")),
  "cost-calculation": (c) =>
    withTable(c, "costLines", "kosten.tsv", ["\tWat\tKosten", "\tInzet (2 uur * € 50)\t€ 110"], {
      name: "kosten",
    }),
  "section-total": (c) =>
    withTable(c, "costLines", "kosten.tsv", ["\tWat\tKosten", "\tA\t€ 100", "\tSubtotaal\t€ 90"], {
      name: "kosten",
    }),
  contribution: (c) =>
    withTable(c, "contributions", "bijdragen.tsv", [
      "Partij\tRol\tBijdrage\tBedrag",
      "GGD\tpartner\tmonitoring\t€ 100",
      "Totaal\t\t\t€ 90",
    ]),
  "printed-total": (c) => withTable(c, "printedTotals", "totalen.tsv", ["Totale kosten\t€ 1"]),
  "deadline-spelling": (c) =>
    withResultList(
      c,
      ["Loket\tOBW\tHet loket draait."],
      "Activiteit\tDoelstelling\tEffect/resultaat per 31 – 12 - 2007",
    ),
  "unfunded-work-type": (c) => withResultList(c, ["Loket\tOBW/OW\tHet loket draait."]),
  "no-work-type": (c) => withResultList(c, ["Loket\t\tHet loket draait."]),
  "not-a-work-type": (c) => withResultList(c, ["Presentie\tTeam SLO\tEr is presentie."]),
  "activity-without-result": (c) =>
    withResultList(
      c,
      ["Individuele begeleiding\t\t"],
      "Activiteit\tDoelstelling\tEffect/resultaat per 31-12-2007",
    ),
  "reach-total": (c) => withServices(c, ["Schuldhulp\tBMW\t270", "Totaal\t\t271"]),
  "reach-figure": (c) => withServices(c, ["KOPP-groepen\tBW\tn.t.b.", "Totaal\t\t0"]),
  "contractor-role": (c) => withEffectForm(c, [TORION_T], ["1.1\tTorion\t\t"]),
  "contractor-not-listed": (c) =>
    withEffectForm(c, [TORION_T], ["1.1\tTorion\tT\t", "1.1\tNoordermaat\tP\t"]),
  "contractor-name": (c) =>
    withEffectForm(
      c,
      [TORION_T, "1.1\tSamenwerkingspartner\tCIG (P)\t\tP"],
      ["1.1\tTorion\tT\t", "1.1\tCJG\tP\t"],
    ),
  "contractor-hours": (c) =>
    withEffectForm(
      c,
      [TORION_T],
      ["1.1\tTorion\tT\tInzet directe beroepskrachturen: 866 + tijdelijk project"],
    ),
  "baseline-date": (c) =>
    withEffectForm(c, [TORION_T], ["1.1\tTorion\tT\t"], "Aantal is lager dan het aantal op peildatum 2015"),
  "frame-label": (c) =>
    withTable(
      c,
      "frames",
      "kader.tsv",
      ["Kaders voor de inzet:\tGemeentelijk jeugdbeleid", "Begroting:\tniet hier"],
      {
        resultArea: "2",
      },
    ),
  "indicator-target": (c) =>
    withEffectForm(c, [TORION_T], ["1.1\tTorion\tT\t"], "Aantal vrijwilligerscontracten"),
  "unknown-column": (c) =>
    withTable(
      c,
      "services",
      "diensten.tsv",
      ["Dienst\tUitvoering\tBereik\tOpmerking", "A\tBW\t10\tx", "Totaal\t\t10\t"],
      {
        opgave: "Armoede",
      },
    ),
  "impact-opgave": async (c) => {
    await c.write("impact.tsv", "Opgave\tImpact\nWonen\tMinder huurschulden");
    await withTable(
      c,
      "summaries",
      "samenvatting.tsv",
      ["Dienst\tBereik\tKosten", "Armoede\t\t", "A\t10\t", "Subtotaal\t10\t€ 1.000", "Totaal\t10\t"],
      { impact: "impact.tsv" },
    );
  },
  "listed-count": (c) =>
    withPolicyFrame(c, ["Sociale visie\tUitgangspunten (3 van de 8 van toepassing)\t1\tEigen regie"]),
  "code-reading": (c) =>
    withPolicyFrame(c, ["MJBK\tFocuspunt 2\tF\tSamen", "MJBK\tFocuspunt 2\t|\tVrijwilligerswerk"]),
  "planning-date": (c) => withPolicyFrame(c, ["Planning\tStap 1: Analyse\tStap 1\tapril"]),
  "effect-not-in-frame": (c) =>
    withPolicyFrame(
      c,
      [`${EFFECTS}Meer zelfredzaamheid van inwoners`, WORK_FIELD],
      ["Minder eenzaamheid in de dorpen"],
    ),
  "effect-without-table": (c) =>
    withPolicyFrame(
      c,
      [`${EFFECTS}Meer zelfredzaamheid van inwoners`, `${EFFECTS}Dure zorg voorkomen`, WORK_FIELD],
      ["Meer zelfredzaamheid van inwoners"],
    ),
  "effect-name": (c) =>
    withPolicyFrame(
      c,
      [`${EFFECTS}Het vergroten van de zelfredzaamheid`, WORK_FIELD],
      ["Vergroten van de zelfredzaambheid"],
    ),
  "to-be-determined": (c) =>
    withTable(
      c,
      "goalTables",
      "doelen.tsv",
      [
        "Global goal: 3 Gezonde levens\tEffect\tAmbitie\tResultaat\tActiviteiten",
        "\tVergroten van de zelfredzaamheid\tWegwijs maken\tNader te bepalen\tInformatie en advies",
      ],
      { workField: "Maatschappelijk werk" },
    ),
};

const collect = async <T>(it: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
};

describe("every discrepancy the importer reports can be recorded", () => {
  for (const [kind, mutate] of Object.entries(MUTATIONS)) {
    it(`${kind}: reported, survives JSON and the codec, and import --accept-discrepancies records it`, async () => {
      const copy = await fixtureCopy();
      await mutate(copy);
      const r = await reconcile(copy.manifestPath);
      if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
      const found = r.right.discrepancies;
      expect(found.map((d) => d.kind)).toContain(kind);
      const wire = JSON.parse(JSON.stringify(RecordedDiscrepancies.encode([...found])));
      expect(RecordedDiscrepancies.decode(wire)).toEqual(E.right(found));

      const store = createInMemoryEventStore();
      const imported = await importAgreement(copy.manifestPath, store, { acceptDiscrepancies: true });
      if (E.isLeft(imported)) throw new Error(JSON.stringify(imported.left));
      const stored = await collect(store.readAll());
      expect(stored.length).toBeGreaterThan(0);
      for (const event of stored) {
        expect(E.isRight(decodeEvent(event))).toBe(true);
        const annotations = event.metadata.annotations as { importDiscrepancies?: unknown };
        expect(RecordedDiscrepancies.decode(annotations.importDiscrepancies)).toEqual(E.right(found));
      }
    });
  }
});

describe("unit words that are names of Object.prototype", () => {
  it.each(["82 constructor", "82 __proto__", "5 toString"])(
    "%s is not a number, not a unit kind",
    async (cell) => {
      const copy = await fixtureCopy();
      await copy.edit(A2, replaceLine("psz\t", `psz\t\t\t\t\t\t${cell}\t`));
      const r = await reconcile(copy.manifestPath);
      if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
      expect(r.right.discrepancies).toContainEqual(
        expect.objectContaining({ kind: "not-a-number", file: A2, line: 7, found: cell }),
      );
      expect(JSON.stringify(r.right.totals)).not.toContain("native code");
    },
  );
});

describe("reconcile checks everything import checks", () => {
  it("a period that ends before it starts is refused by both, with the same message", async () => {
    const copy = await fixtureCopy();
    const { agreement: original } = copy.manifest as unknown as { agreement: object };
    const agreement = { ...original, period: { start: "2007-12-31", end: "2007-01-01" } };
    await copy.writeManifest({ ...copy.manifest, agreement });
    const r = await reconcile(copy.manifestPath);
    expect(r).toEqual(
      E.left([
        expect.objectContaining({
          message: expect.stringContaining("the period starts (2007-12-31) after it ends (2007-01-01)"),
        }),
      ]),
    );
    const store = createInMemoryEventStore();
    const imported = await importAgreement(copy.manifestPath, store, { acceptDiscrepancies: true });
    expect(imported).toEqual(E.left({ _tag: "Unreadable", problems: E.isLeft(r) ? r.left : [] }));
    expect(await collect(store.readAll())).toEqual([]);
  });
});
