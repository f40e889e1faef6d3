import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as E from "fp-ts/Either";
import { type Cell, cell, cellKey, parseCellKey } from "../cell/cell";
import { position } from "../cell/position";
import { type Matrix, type MatrixEntry, matrixFromEntries } from "../matrix/matrix";
import { ZERO, add, parseDecimal } from "../quantity/decimal";
import { parseDutchQuantity } from "../quantity/dutchNumber";
import { HOURS, type UnitKind } from "../quantity/unitKind";
import type { PolicyShift, ReallocationContext } from "./context";
import { transfersOf } from "./transfers";

const FIXTURES = fileURLToPath(new URL("../../../../tests/fixtures/emmen-2007/", import.meta.url));

/**
 * The 2007 Emmen contract from the result-area tables: one entry per district cell, in hours.
 * A row with units but no district split (`psz`: 82 groepen) is kept at row level, as printed.
 */
export const emmen2007Contract = (): Matrix => {
  const entries: MatrixEntry[] = [];
  for (const file of readdirSync(FIXTURES)
    .filter((f) => /^arrangement-\d+-.*\.tsv$/.test(f))
    .sort()) {
    const resultArea = /^arrangement-(\d+)-/.exec(file)![1]!;
    const [header = "", ...rows] = readFileSync(FIXTURES + file, "utf8")
      .split(/\r?\n/)
      .filter((l) => l !== "");
    const districts = header.split("\t").slice(1, -2);
    for (const row of rows) {
      const [workType = "", ...values] = row.split("\t");
      if (workType.trim() === "") continue; // the column totals
      let split = false;
      districts.forEach((district, i) => {
        const raw = values[i]?.trim() ?? "";
        if (raw === "") return;
        const q = E.getOrElseW((e: { message: string }) => {
          throw new Error(`${file}: ${e.message}`);
        })(parseDutchQuantity(raw, HOURS));
        entries.push({ position: cell(resultArea, workType, district), quantity: q });
        split = true;
      });
      const total = values[districts.length]?.trim() ?? "";
      if (!split && total !== "") {
        const q = E.getOrElseW((e: { message: string }) => {
          throw new Error(`${file}: ${e.message}`);
        })(parseDutchQuantity(total, HOURS));
        if (q.amount.units !== 0n) entries.push({ position: position(resultArea, workType), quantity: q });
      }
    }
  }
  return E.getOrElseW((message: string) => {
    throw new Error(message);
  })(matrixFromEntries(entries));
};

/** Applies shifts one by one, independently of the policy code, for building test contexts. */
export const applyShiftsForTest = (m: Matrix, shifts: readonly PolicyShift[]): Matrix => {
  const next = new Map(m);
  for (const s of shifts) {
    for (const [c, sign] of [
      [s.from, -1n],
      [s.to, 1n],
    ] as const) {
      const key = cellKey(c);
      const held = next.get(key)?.quantity.amount ?? ZERO;
      const delta = { units: s.quantity.amount.units * sign, scale: s.quantity.amount.scale };
      next.set(key, { position: c, quantity: { kind: s.quantity.kind, amount: add(held, delta) } });
    }
  }
  return next;
};

export const shift = (
  from: string,
  to: string,
  hours: number | string,
  kind: UnitKind = HOURS,
): PolicyShift => ({
  from: cellFromKey(from),
  to: cellFromKey(to),
  quantity: { kind, amount: parseDecimal(String(hours))! },
});

const cellFromKey = (key: string): Cell =>
  E.getOrElseW((message: string) => {
    throw new Error(message);
  })(parseCellKey(key));

/** A context after `applied` reallocations on top of a contract that is still the baseline. */
export const contextAfter = (
  contract: Matrix,
  applied: readonly { appliedAt: string; shifts: readonly PolicyShift[] }[] = [],
): ReallocationContext => ({
  baseline: contract,
  contractAtSigning: contract,
  current: applied.reduce((m, r) => applyShiftsForTest(m, r.shifts), contract),
  transfersSinceBaseline: transfersOf(applied),
});
