import * as E from "fp-ts/Either";
import * as t from "io-ts";
import { type Cell, CellCodec, cellKey, parseCellKey, sameCell } from "../cell/cell";
import { IsoDate, Role } from "../provenance/metadata";
import { type Decimal, compare, decimal } from "../quantity/decimal";
import { NonNegativeDecimal } from "../quantity/quantity";

/** A refinement whose failure says what is wrong instead of repeating the type name. */
const checked = <A, O>(codec: t.Type<A, O, unknown>, ok: (a: A) => boolean, name: string, message: string) =>
  new t.Type<A, O, unknown>(
    name,
    (u): u is A => codec.is(u) && ok(u),
    (u, c) => E.flatMap(codec.validate(u, c), (a) => (ok(a) ? t.success(a) : t.failure(u, c, message))),
    codec.encode,
  );

/** Policy versions start at 1; version 0 marks decisions recorded before policies existed. */
export const PolicyVersion = new t.Type<number, number, unknown>(
  "PolicyVersion",
  (u): u is number => typeof u === "number" && Number.isInteger(u) && u >= 1,
  (u, c) =>
    typeof u === "number" && Number.isInteger(u) && u >= 1
      ? t.success(u)
      : t.failure(u, c, "expected a whole policy version of at least 1"),
  t.identity,
);

/** A percentage as an exact decimal string: `"10"`, `"12.5"`. */
export const Percent = NonNegativeDecimal;

const HUNDRED = decimal(100);
const AtMostHundredPercent = checked(
  Percent,
  (d) => compare(d, HUNDRED) <= 0,
  "PercentUpTo100",
  "expected a percentage between 0 and 100",
);

/**
 * A cell in a policy, written as `6/OBW/Stad` (or as a cell object) and encoded as the key,
 * so that policies stay readable in JSON files and events.
 */
export const PolicyCell = new t.Type<Cell, string, unknown>(
  "PolicyCell",
  CellCodec.is,
  (u, c) => {
    if (typeof u === "string") {
      const parsed = parseCellKey(u);
      return E.isRight(parsed) ? t.success(parsed.right) : t.failure(u, c, parsed.left);
    }
    return CellCodec.validate(u, c);
  },
  cellKey,
);

export const ALL_CELLS = "*";

export const CellLimit = t.intersection(
  [
    t.type({ cell: t.union([t.literal(ALL_CELLS), PolicyCell]) }),
    t.partial({ maxDecreasePercent: AtMostHundredPercent, maxIncreasePercent: Percent }),
  ],
  "CellLimit",
);
export type CellLimit = t.TypeOf<typeof CellLimit>;

export const ThresholdPeriod = t.keyof(
  { agreement: null, "half-year": null, quarter: null },
  "ThresholdPeriod",
);
export type ThresholdPeriod = t.TypeOf<typeof ThresholdPeriod>;

export const AcrossResultAreas = t.keyof(
  { allow: null, "needs-approval": null, forbid: null },
  "AcrossResultAreas",
);
export type AcrossResultAreas = t.TypeOf<typeof AcrossResultAreas>;

export const FreezeWindow = checked(
  t.type({ from: IsoDate, to: IsoDate, reason: t.string }),
  (w) => w.from <= w.to,
  "FreezeWindow",
  "a freeze window cannot end before it starts",
);
export type FreezeWindow = t.TypeOf<typeof FreezeWindow>;

const ApproverRoles = checked(
  t.array(Role),
  (roles) => roles.length > 0,
  "ApproverRoles",
  "at least one role must be able to approve",
);

const PolicyFields = t.intersection([
  t.type({
    version: PolicyVersion,
    cumulativeThreshold: Percent,
    cellLimits: t.array(CellLimit),
    protectedCells: t.array(PolicyCell),
    receiveOnlyCells: t.array(PolicyCell),
    acrossResultAreas: AcrossResultAreas,
    approverRoles: ApproverRoles,
    freezeWindows: t.array(FreezeWindow),
  }),
  t.partial({ thresholdPeriod: ThresholdPeriod }),
]);

/**
 * A policy with every field filled in. Named before the codec so that declarations refer to it
 * instead of restating its fields (interfaces: a type alias of `t.TypeOf` is expanded; restated, the order of a literal union such as
 * `thresholdPeriod` followed the compiler's check order, and the API report churned).
 */
export interface ReallocationPolicy extends t.TypeOf<typeof PolicyFields> {}
/** A policy as JSON. */
export interface EncodedReallocationPolicy extends t.OutputOf<typeof PolicyFields> {}

/** What a policy says when nobody said otherwise: 10% cumulative, cross-area shifts need approval. */
export const defaultPolicy: ReallocationPolicy = {
  version: 1,
  cumulativeThreshold: decimal(10),
  cellLimits: [],
  protectedCells: [],
  receiveOnlyCells: [],
  acrossResultAreas: "needs-approval",
  approverRoles: ["municipality"],
  freezeWindows: [],
};

/** The defaults as JSON, filled into a policy that leaves fields out. */
const DEFAULT_POLICY_FIELDS = PolicyFields.encode(defaultPolicy);

// Entering through the intersection keeps its branch numbers out of error paths.
const withDefaults = (u: object, c: t.Context) =>
  PolicyFields.validate(u, t.appendContext(c, "", PolicyFields, u));

/**
 * The reallocation policy of an agreement. Decoding fills every field left out with its
 * default (only `version` is required), so a policy file states only what differs.
 */
export const ReallocationPolicy: t.Type<ReallocationPolicy, EncodedReallocationPolicy, unknown> = new t.Type<
  ReallocationPolicy,
  EncodedReallocationPolicy,
  unknown
>(
  "ReallocationPolicy",
  PolicyFields.is,
  (u, c) =>
    typeof u === "object" && u !== null && !Array.isArray(u)
      ? withDefaults({ ...DEFAULT_POLICY_FIELDS, version: undefined, ...u }, c)
      : t.failure(u, c, "expected a reallocation policy object"),
  PolicyFields.encode,
);

/** The limits that apply to one cell: a limit for that cell overrides the `*` limit field by field. */
export const cellLimitFor = (
  policy: ReallocationPolicy,
  c: Cell,
): { maxDecreasePercent?: Decimal; maxIncreasePercent?: Decimal } => {
  const wildcard = policy.cellLimits.find((l) => l.cell === ALL_CELLS);
  const specific = policy.cellLimits.find((l) => l.cell !== ALL_CELLS && sameCell(l.cell, c));
  const maxDecreasePercent = specific?.maxDecreasePercent ?? wildcard?.maxDecreasePercent;
  const maxIncreasePercent = specific?.maxIncreasePercent ?? wildcard?.maxIncreasePercent;
  return {
    ...(maxDecreasePercent === undefined ? {} : { maxDecreasePercent }),
    ...(maxIncreasePercent === undefined ? {} : { maxIncreasePercent }),
  };
};

export const isProtected = (policy: ReallocationPolicy, c: Cell): boolean =>
  policy.protectedCells.some((p) => sameCell(p, c));

export const isReceiveOnly = (policy: ReallocationPolicy, c: Cell): boolean =>
  policy.receiveOnlyCells.some((p) => sameCell(p, c));
