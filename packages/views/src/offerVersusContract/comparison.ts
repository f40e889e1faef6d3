import {
  type Decimal,
  type Granularity,
  type Matrix,
  type MatrixEntry,
  type Money,
  type Position,
  type UnitKind,
  abs,
  coarser,
  comparePercent,
  granularityOfMatrix,
  isZero,
  parseDecimal,
  percentOf,
  rollUp,
  subtract,
  toDecimalString,
  totalsByKind,
} from "@grant-ledger/core";
import { positionJson } from "../rows/encoding";
import type { RowSource } from "../rows/rows";
import { type EuroComparison, compareEuros } from "./euros";
import { matrixOfRows } from "./matrixRows";
import { CONTRACT, DRAFT, OFFER, TARIFF } from "./offerVersusContract";

export interface ComparisonOptions {
  /** A line deviates when |contract − offer| is more than this percentage of the offer. Default "10". */
  readonly deviationPercent?: string;
}

/** One compared line: a position at the stated level, or a total of one unit kind. */
export interface ComparedLine {
  readonly position: ReturnType<typeof positionJson> | null;
  readonly level: Granularity | "total";
  readonly kind: UnitKind;
  readonly offer: string | null;
  readonly contract: string | null;
  /** contract − offer; a missing side counts as nothing. */
  readonly difference: string;
  /** contract : offer kept as the exact pair (no division); null without an offer. */
  readonly ratio: { readonly contract: string; readonly offer: string } | null;
  /** contract as a percentage of the offer, rounded half away from zero to one decimal: for reading only. */
  readonly percent: string | null;
  /** Judged exactly by cross-multiplication, never on the rounded percentage. */
  readonly deviation: boolean;
}

export interface ResultAreaComparison {
  readonly resultArea: string;
  /** The finest granularity both sides specify in this result area: what every line is compared at. */
  readonly level: Granularity;
  readonly lines: readonly ComparedLine[];
  readonly totals: readonly ComparedLine[];
}

export interface OfferVersusContract {
  readonly agreementId: string;
  /** `contract` once signed (the contract as last approved); before that the draft under negotiation. */
  readonly against: "contract" | "draft";
  readonly deviationPercent: string;
  readonly resultAreas: readonly ResultAreaComparison[];
  /** Per unit kind over the whole agreement: groups are never added to hours. */
  readonly totals: readonly ComparedLine[];
  /** The hours in euros at the proposal's tariffs, where a work type has one. */
  readonly euros: EuroComparison;
}

const text = (d: Decimal | undefined): string | null => (d === undefined ? null : toDecimalString(d));

const compareAmounts = (
  offer: Decimal | undefined,
  contract: Decimal | undefined,
  deviationPercent: Decimal,
): Pick<ComparedLine, "offer" | "contract" | "difference" | "ratio" | "percent" | "deviation"> => {
  const o = offer ?? { units: 0n, scale: 0 };
  const c = contract ?? { units: 0n, scale: 0 };
  const difference = subtract(c, o);
  const measurable = offer !== undefined && !isZero(offer);
  return {
    offer: text(offer),
    contract: text(contract),
    difference: toDecimalString(difference),
    ratio: measurable ? { contract: toDecimalString(c), offer: toDecimalString(o) } : null,
    percent: measurable ? toDecimalString(percentOf(c, o, 1)) : null,
    deviation: measurable ? comparePercent(abs(difference), o, deviationPercent) > 0 : !isZero(difference),
  };
};

const byResultArea = (m: Matrix): Map<string, Map<string, MatrixEntry>> => {
  const out = new Map<string, Map<string, MatrixEntry>>();
  for (const [key, e] of m) {
    const area = out.get(e.position.resultArea) ?? new Map<string, MatrixEntry>();
    area.set(key, e);
    out.set(e.position.resultArea, area);
  }
  return out;
};

// Result areas are codes such as "2" and "10": numbers in numeric order, then the rest.
const areaOrder = (a: string, b: string): number => {
  const [x, y] = [Number(a), Number(b)];
  if (Number.isInteger(x) && Number.isInteger(y)) return x - y;
  return a < b ? -1 : a > b ? 1 : 0;
};

const totalLines = (
  offer: Iterable<MatrixEntry>,
  contract: Iterable<MatrixEntry>,
  pct: Decimal,
): ComparedLine[] => {
  const o = totalsByKind(offer);
  const c = totalsByKind(contract);
  const kinds = [...new Set([...o.keys(), ...c.keys()])].sort();
  return kinds.map((kind) => ({
    position: null,
    level: "total",
    kind,
    ...compareAmounts(o.get(kind), c.get(kind), pct),
  }));
};

/** Both sides rolled up to one level, matched by position and unit kind. */
const linesAt = (offer: Matrix, contract: Matrix, level: Granularity, pct: Decimal): ComparedLine[] => {
  const o = rollUp(offer, level);
  const c = rollUp(contract, level);
  const keys = [...new Set([...o.keys(), ...c.keys()])].sort();
  return keys.map((key) => {
    const entry = (o.get(key) ?? c.get(key)) as MatrixEntry;
    return {
      position: positionJson(entry.position as Position),
      level,
      kind: entry.quantity.kind,
      ...compareAmounts(o.get(key)?.quantity.amount, c.get(key)?.quantity.amount, pct),
    };
  });
};

/**
 * Offer versus contract per result area, at the finest granularity both sides specify there
 * (the 2007 offer is known per work type, the contract per district: compared per work type),
 * with totals per result area and unit kind. Keys include the unit kind, so a row counted in
 * groups never meets hours. Undefined when the agreement is unknown.
 */
export const compareOfferAndContract = (
  source: RowSource,
  agreementId: string,
  options: ComparisonOptions = {},
): OfferVersusContract | undefined => {
  const offer = matrixOfRows(source.list(agreementId, OFFER));
  if (offer.size === 0 && source.list(agreementId, DRAFT).length === 0) return undefined;
  const contractRows = source.list(agreementId, CONTRACT);
  const against = contractRows.length > 0 ? "contract" : "draft";
  const contract = matrixOfRows(against === "contract" ? contractRows : source.list(agreementId, DRAFT));
  const deviationPercent = options.deviationPercent ?? "10";
  const pct = parseDecimal(deviationPercent);
  if (pct === undefined) throw new RangeError(`not a percentage: ${JSON.stringify(deviationPercent)}`);
  const offerAreas = byResultArea(offer);
  const contractAreas = byResultArea(contract);
  const areas = [...new Set([...offerAreas.keys(), ...contractAreas.keys()])].sort(areaOrder);
  const sides = areas.map((resultArea) => {
    const offer = offerAreas.get(resultArea) ?? new Map<string, MatrixEntry>();
    const contract = contractAreas.get(resultArea) ?? new Map<string, MatrixEntry>();
    return {
      resultArea,
      offer,
      contract,
      level: coarser(granularityOfMatrix(offer), granularityOfMatrix(contract)),
    };
  });
  const resultAreas = sides.map(
    ({ resultArea, offer: o, contract: c, level }): ResultAreaComparison => ({
      resultArea,
      level,
      lines: linesAt(o, c, level, pct),
      totals: totalLines(o.values(), c.values(), pct),
    }),
  );
  return {
    agreementId,
    against,
    deviationPercent,
    resultAreas,
    totals: totalLines(offer.values(), contract.values(), pct),
    euros: compareEuros(sides, tariffsOf(source, agreementId)),
  };
};

const tariffsOf = (source: RowSource, agreementId: string): Map<string, Money> =>
  new Map(
    source
      .list(agreementId, TARIFF)
      .map(([workType, row]) => [workType, { cents: BigInt(String(row.cents)) }]),
  );

/** The contract as last approved (signed baseline, changed by amendments), per position: a report's matrix. */
export const contractMatrixOf = (source: RowSource, agreementId: string): Matrix =>
  matrixOfRows(source.list(agreementId, CONTRACT));
