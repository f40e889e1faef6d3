import {
  type Decimal,
  type Granularity,
  HOURS,
  type Matrix,
  type MatrixEntry,
  ZERO,
  add,
  amountFor,
  moneyToEuros,
  positionKey,
  rollUp,
  subtract,
  toDecimalString,
} from "@grant-ledger/core";
import type { Money } from "@grant-ledger/core";
import { positionJson } from "../rows/encoding";

/** Hours in euros at the work type's tariff: one compared line of a result area. */
export interface EuroLine {
  readonly position: ReturnType<typeof positionJson>;
  readonly level: Granularity;
  /** The work type's tariff per hour, exact euros. */
  readonly tariff: string;
  readonly offerHours: string | null;
  readonly contractHours: string | null;
  /** hours × tariff, exact (`4986.75 × 77.55 = 386722.4625`): rounding is the reader's. */
  readonly offer: string | null;
  readonly contract: string | null;
  readonly difference: string;
}

/** What a result area (or the agreement) costs on each side, over the hours that can be costed. */
export interface EuroTotal {
  readonly offer: string;
  readonly contract: string;
  readonly difference: string;
  /**
   * Hours positions no euro figure covers (no work type, or a work type without a tariff): when
   * not empty, the totals are of the costed hours only, and say so rather than guess a rate.
   */
  readonly uncosted: readonly string[];
}

export interface ResultAreaEuros {
  readonly resultArea: string;
  readonly lines: readonly EuroLine[];
  readonly total: EuroTotal;
}

export interface EuroComparison {
  readonly tariffs: readonly { readonly workType: string; readonly tariff: string }[];
  readonly resultAreas: readonly ResultAreaEuros[];
  readonly total: EuroTotal;
}

type Tariffs = ReadonlyMap<string, Money>;

const hoursOnly = (m: Matrix): Matrix => new Map([...m].filter(([, e]) => e.quantity.kind === HOURS));

/** A side's euros, summed entry by entry at its own finest level (a tariff depends on the work type only). */
const costOf = (entries: Iterable<MatrixEntry>, tariffs: Tariffs, uncosted: Set<string>): Decimal => {
  let total = ZERO;
  for (const e of entries) {
    const tariff = e.position.workType === undefined ? undefined : tariffs.get(e.position.workType);
    if (tariff === undefined) uncosted.add(positionKey(e.position));
    else total = add(total, amountFor(e.quantity.amount, tariff));
  }
  return total;
};

const totalOf = (
  offer: Iterable<MatrixEntry>,
  contract: Iterable<MatrixEntry>,
  tariffs: Tariffs,
): EuroTotal => {
  const uncosted = new Set<string>();
  const o = costOf(offer, tariffs, uncosted);
  const c = costOf(contract, tariffs, uncosted);
  return {
    offer: toDecimalString(o),
    contract: toDecimalString(c),
    difference: toDecimalString(subtract(c, o)),
    uncosted: [...uncosted].sort(),
  };
};

const text = (d: Decimal | undefined) => (d === undefined ? null : toDecimalString(d));

/** Lines at the compared level, where that level names a work type with a tariff. */
const linesOf = (offer: Matrix, contract: Matrix, level: Granularity, tariffs: Tariffs): EuroLine[] => {
  if (level === "resultArea") return [];
  const o = rollUp(offer, level);
  const c = rollUp(contract, level);
  const lines: EuroLine[] = [];
  for (const key of [...new Set([...o.keys(), ...c.keys()])].sort()) {
    const entry = (o.get(key) ?? c.get(key)) as MatrixEntry;
    const workType = entry.position.workType;
    const tariff = workType === undefined ? undefined : tariffs.get(workType);
    if (tariff === undefined) continue;
    const oh = o.get(key)?.quantity.amount;
    const ch = c.get(key)?.quantity.amount;
    const oe = oh === undefined ? undefined : amountFor(oh, tariff);
    const ce = ch === undefined ? undefined : amountFor(ch, tariff);
    lines.push({
      position: positionJson(entry.position),
      level,
      tariff: toDecimalString(moneyToEuros(tariff)),
      offerHours: text(oh),
      contractHours: text(ch),
      offer: text(oe),
      contract: text(ce),
      difference: toDecimalString(subtract(ce ?? ZERO, oe ?? ZERO)),
    });
  }
  return lines;
};

/**
 * Offer versus contract in euros where tariffs are known: hours × the work type's tariff, per
 * line at the level the hours are compared at, and per result area and agreement from each
 * side's own entries. Groups and other unit kinds have no tariff and never enter a euro figure.
 */
export const compareEuros = (
  areas: readonly {
    readonly resultArea: string;
    readonly level: Granularity;
    readonly offer: Matrix;
    readonly contract: Matrix;
  }[],
  tariffs: Tariffs,
): EuroComparison => {
  const all = { offer: [] as MatrixEntry[], contract: [] as MatrixEntry[] };
  const resultAreas = areas.map((a): ResultAreaEuros => {
    const offer = hoursOnly(a.offer);
    const contract = hoursOnly(a.contract);
    all.offer.push(...offer.values());
    all.contract.push(...contract.values());
    return {
      resultArea: a.resultArea,
      lines: linesOf(offer, contract, a.level, tariffs),
      total: totalOf(offer.values(), contract.values(), tariffs),
    };
  });
  return {
    tariffs: [...tariffs]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([workType, tariff]) => ({ workType, tariff: toDecimalString(moneyToEuros(tariff)) })),
    resultAreas,
    total: totalOf(all.offer, all.contract, tariffs),
  };
};
