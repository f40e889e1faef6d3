import * as E from "fp-ts/Either";
import {
  Map as PersistentMap,
  Set as PersistentSet,
  isMap as isPersistentMap,
  isSet as isPersistentSet,
} from "immutable";
import * as t from "io-ts";
import { type DecodeProblem, decodeProblems } from "../codec/decodeError";
import { fastDecoderOf } from "../codec/fastPath";
import { FinalDetermination } from "../events/agreementClosed";
import { ResultReportData } from "../events/resultReported";
import { Budget } from "../funding/budget";
import { BudgetShift } from "../funding/budgetShift";
import { Contributions } from "../funding/contributions";
import { GrantDecision } from "../funding/grant";
import { CostReport } from "../funding/realisation";
import { type Matrix, MatrixEntry } from "../matrix/matrix";
import { ReallocationPolicy } from "../policy/policy";
import type { GrossByKind } from "../policy/transfers";
import { Product } from "../product/product";
import { Actor, IsoDate, IsoDateTime } from "../provenance/metadata";
import type { Decimal } from "../quantity/decimal";
import type { Money } from "../quantity/money";
import { DecimalFromString } from "../quantity/quantity";
import { UnitKind } from "../quantity/unitKind";
import { ResultsFramework } from "../results/framework";
import { ResultsMeasurement } from "../results/measurement";
import { matrixOf } from "./applyChanges";
import { Shift } from "./changes";
import { RequestIdSet } from "./requestIds";
import type { AgreementState } from "./state";
import { AgreementPeriod, ExpectedResult, Organisation, ResultArea, Signature, Tariff } from "./terms";

/**
 * A durable snapshot of `AgreementState`, so that a process without the state in memory can
 * decide on a long stream by decoding the snapshot and folding only the events after it.
 * The snapshot is a cache of the fold, never the record: whatever it cannot vouch for is
 * ignored and the state is folded from the events instead.
 *
 * Raise the version whenever the state's shape or the meaning of a member changes (what
 * `evolve` keeps, how a period key is formed): a snapshot of another version is ignored,
 * never read as if it were this one.
 *
 * Version 2 leaves out `decidedRequestIds`: they grow with the stream (442 KiB of the 100,000
 * event benchmark's snapshot at version 1) and a command asks about one id at a time, so the
 * command path keeps them in an index beside the snapshots (`decidedRequests.ts`). A decoded
 * snapshot knows no decided ids; everything else is the state as folded.
 *
 * Version 3 adds `funding`: grant decision, budget, contributions, realised costs and money
 * reallocations.
 *
 * Version 4 adds `products` (the products that break down cells of the contract) and
 * `resultsFramework` (the framework and its measurements per period).
 */
export const AGREEMENT_SNAPSHOT_VERSION = 4;

/** A count as a plain number (the state's counts are not branded). */
const Count = t.refinement(t.number, (n) => Number.isInteger(n) && n >= 0, "Count");

/** A collection stored as an array of its values, each knowing its own key. */
const keyedBy = <V, O, M>(
  name: string,
  value: t.Type<V, O, unknown>,
  is: (u: unknown) => u is M,
  build: (values: readonly V[]) => M,
  values: (m: M) => Iterable<V>,
) => {
  const list = t.array(value);
  // Snapshots are read on the command path: try the decoder derived from the codec first.
  const fast = fastDecoderOf(list);
  return new t.Type<M, O[], unknown>(
    name,
    is,
    (u, c) => {
      const quick = fast(u);
      return quick === undefined ? E.map(build)(list.validate(u, c)) : t.success(build(quick));
    },
    (m) => Array.from(values(m), (v) => value.encode(v)),
  );
};

const persistentMapBy = <V, O>(name: string, value: t.Type<V, O, unknown>, keyOf: (v: V) => string) =>
  keyedBy(
    name,
    value,
    (u): u is PersistentMap<string, V> => isPersistentMap(u),
    (vs) => PersistentMap(vs.map((v) => [keyOf(v), v] as const)),
    (m) => m.values(),
  );

const persistentSetOf = (name: string) =>
  keyedBy(
    name,
    t.string,
    (u): u is PersistentSet<string> => isPersistentSet(u),
    (vs) => PersistentSet(vs),
    (s) => s.values(),
  );

const MatrixCodec = keyedBy(
  "Matrix",
  MatrixEntry,
  (u): u is Matrix => u instanceof Map,
  matrixOf,
  (m) => m.values(),
);

const ExpectedResults = keyedBy(
  "ExpectedResults",
  ExpectedResult,
  (u): u is ReadonlyMap<string, ExpectedResult> => u instanceof Map,
  (vs) => new Map(vs.map((r) => [r.id, r])),
  (m) => m.values(),
);

const Tariffs = keyedBy(
  "Tariffs",
  Tariff,
  (u): u is ReadonlyMap<string, Money> => u instanceof Map,
  (vs) => new Map(vs.map((v) => [v.workType, v.tariff])),
  (m) => Array.from(m, ([workType, tariff]) => ({ workType, tariff })),
);

const GrossByKindCodec = keyedBy(
  "GrossByKind",
  t.type({ kind: UnitKind, amount: DecimalFromString }),
  (u): u is GrossByKind => u instanceof Map,
  (vs) => new Map<UnitKind, Decimal>(vs.map((v) => [v.kind, v.amount])),
  (m) => Array.from(m, ([kind, amount]) => ({ kind, amount })),
);

const PeriodTotals = keyedBy(
  "PeriodTotals",
  t.type({ period: t.string, gross: GrossByKindCodec }),
  (u): u is PersistentMap<string, GrossByKind> => isPersistentMap(u),
  (vs) => PersistentMap(vs.map((v) => [v.period, v.gross] as const)),
  (m) => Array.from(m, ([period, gross]) => ({ period, gross })),
);

const Transfers = t.type(
  { count: Count, total: GrossByKindCodec, byPeriod: PeriodTotals },
  "TransfersSinceBaseline",
);

const PendingReallocationCodec = t.type(
  {
    requestId: t.string,
    shifts: t.readonlyArray(Shift),
    requestedBy: Actor,
    requestedAt: IsoDateTime,
    reason: t.string,
  },
  "PendingReallocation",
);

const ReportedResultCodec = t.intersection(
  [ResultReportData, t.type({ reportedAt: IsoDateTime, reportedBy: Actor, corrections: Count })],
  "ReportedResult",
);

const PendingBudgetReallocationCodec = t.type(
  {
    requestId: t.string,
    shifts: t.readonlyArray(BudgetShift),
    requestedBy: Actor,
    requestedAt: IsoDateTime,
    reason: t.string,
  },
  "PendingBudgetReallocation",
);

const FundingCodec = t.intersection(
  [
    t.type({
      budgetBaseline: MatrixCodec,
      budgetCurrent: MatrixCodec,
      budgetTransfers: Transfers,
      contributions: Contributions,
      realisedCosts: persistentMapBy("RealisedCosts", CostReport, (r) => r.period),
      pendingBudgetReallocations: persistentMapBy(
        "PendingBudgetReallocations",
        PendingBudgetReallocationCodec,
        (p) => p.requestId,
      ),
    }),
    t.partial({ grant: GrantDecision, budget: Budget }),
  ],
  "FundingState",
);

const ResultsStateCodec = t.intersection(
  [
    t.type({ measurements: persistentMapBy("Measurements", ResultsMeasurement, (m) => m.period) }),
    t.partial({ framework: ResultsFramework }),
  ],
  "ResultsState",
);

const AgreementStateCodec = t.intersection(
  [
    t.type({
      status: t.keyof({ empty: null, proposed: null, signed: null, closed: null }),
      agreementId: t.string,
      frameworkAgreement: t.string,
      resultAreas: t.readonlyArray(ResultArea),
      offer: MatrixCodec,
      draft: MatrixCodec,
      negotiationRound: Count,
      signatures: t.partial({ municipality: Signature, provider: Signature }),
      baseline: MatrixCodec,
      current: MatrixCodec,
      contractAtSigning: MatrixCodec,
      expectedResults: ExpectedResults,
      tariffs: Tariffs,
      pendingReallocations: persistentMapBy(
        "PendingReallocations",
        PendingReallocationCodec,
        (p) => p.requestId,
      ),
      transfersSinceBaseline: Transfers,
      policy: ReallocationPolicy,
      results: persistentMapBy("Results", ReportedResultCodec, (r) => r.period),
      amendmentIds: persistentSetOf("AmendmentIds"),
      funding: FundingCodec,
      products: t.readonlyArray(Product),
      resultsFramework: ResultsStateCodec,
      eventCount: Count,
    }),
    t.partial({
      parties: t.type({ municipality: Organisation, provider: Organisation }),
      period: AgreementPeriod,
      closedOn: IsoDate,
      finalDetermination: FinalDetermination,
    }),
  ],
  "AgreementState",
);

const fastState = fastDecoderOf(AgreementStateCodec);

/** The JSON of a snapshot: plain data (decimals and money as strings), ready for any store. */
export interface AgreementSnapshot {
  readonly schemaVersion: number;
  readonly state: t.OutputOf<typeof AgreementStateCodec>;
}

export const encodeSnapshot = (state: AgreementState): AgreementSnapshot => {
  // io-ts copies members its codec does not name: leave the decided ids out explicitly.
  const { decidedRequestIds: _left, ...snapshotted } = state;
  return { schemaVersion: AGREEMENT_SNAPSHOT_VERSION, state: AgreementStateCodec.encode(snapshotted) };
};

const restored = (state: Omit<AgreementState, "decidedRequestIds">): AgreementState => ({
  ...state,
  decidedRequestIds: RequestIdSet.empty,
});

/**
 * Why a snapshot was not used: written under another version of the state (older, or newer
 * than this library), or not a readable snapshot at all. The caller folds from the events.
 */
export type IgnoredSnapshot =
  | { readonly reason: "old-version" | "unknown-version"; readonly schemaVersion: number }
  | { readonly reason: "malformed"; readonly problems: readonly DecodeProblem[] };

export type SnapshotReading =
  | { readonly outcome: "usable"; readonly state: AgreementState }
  | ({ readonly outcome: "ignored" } & IgnoredSnapshot);

const malformed = (path: string, expected: string, found: unknown): SnapshotReading => ({
  outcome: "ignored",
  reason: "malformed",
  problems: [{ path, expected, found, message: `at ${path}: expected ${expected}, found ${String(found)}` }],
});

/**
 * Reads a snapshot back. Only a snapshot of this version that decodes completely is usable;
 * anything else is ignored with the reason, so an old snapshot is never misread. A usable
 * state knows no decided request ids (see `AGREEMENT_SNAPSHOT_VERSION`).
 */
export const decodeSnapshot = (json: unknown): SnapshotReading => {
  if (typeof json !== "object" || json === null || Array.isArray(json))
    return malformed("(root)", "a snapshot object", json);
  const { schemaVersion, state } = json as { schemaVersion?: unknown; state?: unknown };
  if (typeof schemaVersion !== "number" || !Number.isInteger(schemaVersion))
    return malformed("schemaVersion", "a whole schema version", schemaVersion);
  if (schemaVersion !== AGREEMENT_SNAPSHOT_VERSION) {
    return {
      outcome: "ignored",
      reason: schemaVersion < AGREEMENT_SNAPSHOT_VERSION ? "old-version" : "unknown-version",
      schemaVersion,
    };
  }
  const quick = fastState(state);
  if (quick !== undefined) return { outcome: "usable", state: restored(quick) };
  const decoded = AgreementStateCodec.decode(state);
  if (E.isLeft(decoded)) {
    const problems = decodeProblems(decoded.left).map((p) => ({
      ...p,
      path: p.path === "(root)" ? "state" : `state.${p.path}`,
    }));
    return { outcome: "ignored", reason: "malformed", problems };
  }
  return { outcome: "usable", state: restored(decoded.right) };
};
