import { readFileSync } from "node:fs";
import {
  type AgreementState,
  type CellChange,
  type Command,
  type DomainEvent,
  type MatrixEntry,
  type Quantity,
  agreementDecider,
  cell,
  cellKey,
  decodeEvent,
  encodeEvent,
  fold,
  formatQuantity,
  normaliseResultArea,
  parseDutchQuantity,
  position,
  toDecimalString,
  totalsBy,
  totalsByKind,
} from "@grant-ledger/core";
import { actors, commandMetadata } from "@grant-ledger/core/testing";
import * as E from "fp-ts/Either";
import { beforeAll, describe, expect, it } from "vitest";

/*
 * Builds the 2007 agreement between Gemeente Emmen and Welzijngroep Sedna from the tables
 * as printed: the offer per (result area, work type), the contract per cell. A deliberately
 * small parser: the real importer, with line-level problem reports, lives elsewhere.
 */
const FIXTURES = new URL("../../../tests/fixtures/emmen-2007/", import.meta.url);
const read = (file: string) => readFileSync(new URL(file, FIXTURES), "utf8");
const rowsOf = (file: string) =>
  read(file)
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "")
    .map((l) => l.split("\t"));

const quantityOf = (text: string, where: string): Quantity => {
  const q = parseDutchQuantity(text);
  if (E.isLeft(q)) throw new Error(`${where}: ${q.left.message}`);
  return q.right;
};

interface Manifest {
  agreement: {
    id: string;
    municipality: { id: string; name: string };
    provider: { id: string; name: string };
    period: { start: string; end: string };
    frameworkAgreement: string;
  };
  resultAreas: { code: string; name: string; table: string }[];
  districtAnnexes: { district: string; table: string }[];
}
const manifest = JSON.parse(read("manifest.json")) as Manifest;
const signatures = JSON.parse(read("signatures.json"));

interface Table {
  offer: MatrixEntry[];
  contract: MatrixEntry[];
  /** Row totals as printed (Totaal column), for reconciliation. */
  printedRowTotals: { workType: string; total: Quantity; cells: Quantity[] }[];
}

const parseTable = (code: string, file: string): Table => {
  const [header = [], ...rows] = rowsOf(file);
  const districts = header.slice(1, -2);
  const table: Table = { offer: [], contract: [], printedRowTotals: [] };
  for (const [i, row] of rows.entries()) {
    const [workType = "", ...values] = row;
    if (workType.trim() === "") continue; // the unlabelled column-totals row
    const where = `${file}:${i + 2}`;
    const total = values[districts.length] ?? "";
    const offer = values[districts.length + 1] ?? "";
    const cells: Quantity[] = [];
    districts.forEach((district, d) => {
      const text = values[d] ?? "";
      if (text.trim() === "") return; // empty cell = no units
      const q = quantityOf(text, where);
      cells.push(q);
      table.contract.push({ position: cell(code, workType, district), quantity: q });
    });
    if (total.trim() !== "") {
      const q = quantityOf(total, where);
      table.printedRowTotals.push({ workType, total: q, cells });
      // A row without district values (`82 groepen`) is known only as a row total.
      if (cells.length === 0 && q.amount.units !== 0n)
        table.contract.push({ position: position(code, workType), quantity: q });
    }
    if (offer.trim() !== "")
      table.offer.push({ position: position(code, workType), quantity: quantityOf(offer, where) });
  }
  return table;
};

const tables = manifest.resultAreas.map((ra) => parseTable(ra.code, ra.table));
const offer = tables.flatMap((t) => t.offer);
const contract = tables.flatMap((t) => t.contract);

const id = manifest.agreement.id;
const commands: Command[] = [
  {
    type: "ProposeAgreement",
    data: {
      agreementId: id,
      ...manifest.agreement,
      resultAreas: manifest.resultAreas.map(({ code, name }) => ({ code, name })),
      offer,
      expectedResults: [],
      tariffs: [],
    },
    metadata: commandMetadata(actors.director, { occurredAt: "2007-02-01T09:00:00Z" }),
  },
  {
    type: "NegotiateAgreement",
    data: {
      agreementId: id,
      round: 1 as never,
      cellChanges: [
        ...offer.map(
          (e): CellChange => ({
            position: e.position,
            from: e.quantity,
            to: null,
            reason: "the contract is specified per cell",
          }),
        ),
        ...contract.map(
          (e): CellChange => ({
            position: e.position,
            from: null,
            to: e.quantity,
            reason: "as agreed in the uitvoeringsovereenkomst",
          }),
        ),
      ],
      expectedResultChanges: [],
    },
    metadata: commandMetadata(actors.policyOfficer, { occurredAt: "2007-04-10T09:00:00Z" }),
  },
  {
    type: "SignAgreement",
    data: { agreementId: id, party: "provider", signature: signatures.provider },
    metadata: commandMetadata(actors.director, { occurredAt: "2007-05-08T10:00:00Z" }),
  },
  {
    type: "SignAgreement",
    data: { agreementId: id, party: "municipality", signature: signatures.municipality },
    metadata: commandMetadata(actors.alderman, { occurredAt: "2007-05-08T10:05:00Z" }),
  },
];

const hoursOf = (perKind: ReadonlyMap<string, unknown> | undefined) => {
  const h = perKind?.get("hours") as Parameters<typeof toDecimalString>[0] | undefined;
  return h === undefined ? undefined : toDecimalString(h);
};

describe("the 2007 Emmen agreement, built from the fixture tables", () => {
  let events: DomainEvent[] = [];
  let state: AgreementState = agreementDecider.initialState;

  beforeAll(() => {
    for (const command of commands) {
      const result = agreementDecider.decide(command, state);
      if (E.isLeft(result)) throw new Error(`${command.type} refused: ${result.left.message}`);
      events = [...events, ...result.right];
      state = fold(agreementDecider.evolve, state, result.right);
    }
  });

  it("is signed by both parties with the contract as baseline", () => {
    expect(state.status).toBe("signed");
    expect(events.map((e) => e.type)).toEqual([
      "AgreementProposed",
      "AgreementNegotiated",
      "PartySigned",
      "PartySigned",
      "AgreementSigned",
    ]);
    expect(state.signatures.municipality?.person).toBe("M. Thalens-Kolker");
    expect(state.baseline).toEqual(state.draft);
  });

  it("result area 2 (youth): contract 8365 hours, offer 6215, and 82 groups of playgroups beside the hours", () => {
    expect(hoursOf(totalsBy(state.baseline, "resultArea").get("2"))).toBe("8365");
    expect(hoursOf(totalsBy(state.offer, "resultArea").get("2"))).toBe("6215");
    expect(state.baseline.get("2/PSZ/*")?.quantity).toEqual(quantityOf("82 groepen", "test"));
    expect(state.baseline.get("2/SMW/Bovenwijks")?.quantity).toEqual(quantityOf("1500", "test"));
  });

  it("result area 6 (activation and participation): contract 8833 hours, offer 7836", () => {
    expect(hoursOf(totalsBy(state.baseline, "resultArea").get("6"))).toBe("8833");
    expect(hoursOf(totalsBy(state.offer, "resultArea").get("6"))).toBe("7836");
  });

  it("result areas 2–7 together: 36 146 contract hours; groups never count as hours", () => {
    const totals = totalsByKind(state.baseline);
    expect(toDecimalString(totals.get("hours" as never) ?? { units: 0n, scale: 0 })).toBe("36146");
    expect(toDecimalString(totals.get("groups" as never) ?? { units: 0n, scale: 0 })).toBe("82");
  });

  it("district totals: Velden 5432, Blokken 6360, Monden 5275", () => {
    const byDistrict = totalsBy(state.baseline, "district");
    expect(hoursOf(byDistrict.get("Velden"))).toBe("5432");
    expect(hoursOf(byDistrict.get("Blokken"))).toBe("6360");
    expect(hoursOf(byDistrict.get("Monden"))).toBe("5275");
  });

  it("every printed row total equals the sum of its cells", () => {
    for (const table of tables) {
      for (const row of table.printedRowTotals.filter((r) => r.cells.length > 0)) {
        const sum = totalsByKind(row.cells.map((q) => ({ position: position("x"), quantity: q })));
        expect(`${row.workType}: ${hoursOf(sum)}`).toBe(
          `${row.workType}: ${toDecimalString(row.total.amount)}`,
        );
      }
    }
  });

  it("each district annex agrees cell by cell with the district columns of the tables", () => {
    for (const annex of manifest.districtAnnexes) {
      let resultArea = "";
      const rows = rowsOf(annex.table).slice(1);
      for (const [ra = "", workType = "", units = ""] of rows) {
        if (ra.trim() !== "") resultArea = normaliseResultArea(ra);
        if (workType.trim() === "") continue; // the district total
        const key = cellKey(cell(resultArea, workType, annex.district));
        const held = state.baseline.get(key)?.quantity;
        expect(`${key}: ${held === undefined ? "missing" : formatQuantity(held)}`).toBe(
          `${key}: ${formatQuantity(quantityOf(units, annex.table))}`,
        );
      }
    }
  });

  it("survives the trip through the event log", () => {
    const stored = JSON.parse(JSON.stringify(events.map(encodeEvent)));
    const replayed = stored.map(decodeEvent).map((d: E.Either<unknown, DomainEvent>) => {
      if (E.isLeft(d)) throw new Error(JSON.stringify(d.left));
      return d.right;
    });
    expect(fold(agreementDecider.evolve, agreementDecider.initialState, replayed)).toEqual(state);
  });
});
