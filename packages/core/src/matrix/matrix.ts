import * as E from "fp-ts/Either";
import * as t from "io-ts";
import {
  type Granularity,
  type Position,
  PositionCodec,
  atGranularity,
  granularityOf,
  positionKey,
} from "../cell/position";
import { type Decimal, ZERO, add } from "../quantity/decimal";
import { Quantity, formatQuantity } from "../quantity/quantity";
import type { UnitKind } from "../quantity/unitKind";

/** One number in the matrix: what is known at a position, in one unit kind. */
export const MatrixEntry = t.type({ position: PositionCodec, quantity: Quantity }, "MatrixEntry");
export type MatrixEntry = t.TypeOf<typeof MatrixEntry>;

/**
 * The agreement matrix: entries keyed by position (`2/OBW/Velden`, or `2/OBW/*` for a row
 * known only as a total). One unit kind per position. Immutable: every change returns a new map.
 */
export type Matrix = ReadonlyMap<string, MatrixEntry>;

export const emptyMatrix: Matrix = new Map();

export const matrixFromEntries = (entries: readonly MatrixEntry[]): E.Either<string, Matrix> => {
  const m = new Map<string, MatrixEntry>();
  for (const e of entries) {
    const key = positionKey(e.position);
    const existing = m.get(key);
    if (existing) {
      return E.left(
        `position ${key} is given twice (${formatQuantity(existing.quantity)} and ${formatQuantity(e.quantity)})`,
      );
    }
    m.set(key, e);
  }
  return E.right(m);
};

export const matrixEntries = (m: Matrix): MatrixEntry[] => [...m.values()];

export const entryAt = (m: Matrix, p: Position): MatrixEntry | undefined => m.get(positionKey(p));

/** Sets (or with amount zero, keeps as explicit zero) the quantity at a position. */
export const setEntry = (m: Matrix, entry: MatrixEntry): Matrix => {
  const next = new Map(m);
  next.set(positionKey(entry.position), entry);
  return next;
};

// A matrix is never changed once built, and the policy asks for the totals of the same
// baseline and current matrix on every request and approval: kept per matrix.
const totalsOfMatrix = new WeakMap<Matrix, ReadonlyMap<UnitKind, Decimal>>();

export const totalsByKind = (m: Matrix | Iterable<MatrixEntry>): ReadonlyMap<UnitKind, Decimal> => {
  const known = isMap(m) ? totalsOfMatrix.get(m) : undefined;
  if (known !== undefined) return known;
  const totals = new Map<UnitKind, Decimal>();
  const entries = isMap(m) ? m.values() : m;
  for (const e of entries)
    totals.set(e.quantity.kind, add(totals.get(e.quantity.kind) ?? ZERO, e.quantity.amount));
  if (isMap(m)) totalsOfMatrix.set(m, totals);
  return totals;
};

export type Dimension = "resultArea" | "workType" | "district";

/** Totals per value of one dimension, per unit kind. Entries that do not specify the dimension go under `*`. */
export const totalsBy = (m: Matrix, dimension: Dimension): Map<string, Map<UnitKind, Decimal>> => {
  const out = new Map<string, Map<UnitKind, Decimal>>();
  for (const e of m.values()) {
    const key = e.position[dimension] ?? "*";
    const perKind = out.get(key) ?? new Map<UnitKind, Decimal>();
    perKind.set(e.quantity.kind, add(perKind.get(e.quantity.kind) ?? ZERO, e.quantity.amount));
    out.set(key, perKind);
  }
  return out;
};

/** The finest granularity every entry of the matrix specifies. */
export const granularityOfMatrix = (m: Matrix): Granularity => {
  let g: Granularity = "cell";
  for (const e of m.values()) {
    const eg = granularityOf(e.position);
    if (eg === "resultArea" || (eg === "row" && g === "cell")) g = eg;
  }
  return g;
};

/** Key of a rolled-up entry: position and unit kind, since coarse positions can hold several kinds. */
export const rollupKey = (p: Position, kind: UnitKind): string => `${positionKey(p)}|${kind}`;

/**
 * Sums entries to a coarser granularity, per unit kind. Entries already coarser than the
 * target are kept at their own level (they cannot be split).
 */
export const rollUp = (m: Matrix, g: Granularity): Map<string, MatrixEntry> => {
  const out = new Map<string, MatrixEntry>();
  for (const e of m.values()) {
    const p = atGranularity(e.position, g);
    const key = rollupKey(p, e.quantity.kind);
    const prev = out.get(key);
    out.set(key, {
      position: p,
      quantity: {
        kind: e.quantity.kind,
        amount: prev ? add(prev.quantity.amount, e.quantity.amount) : e.quantity.amount,
      },
    });
  }
  return out;
};

const isMap = (m: unknown): m is Matrix => m instanceof Map;
