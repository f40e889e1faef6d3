import { Map as PersistentMap, Set as PersistentSet } from "immutable";
import type { FinalDetermination } from "../events/agreementClosed";
import type { ResultReportData } from "../events/resultReported";
import { type FundingState, noFunding } from "../funding/state";
import type { Matrix } from "../matrix/matrix";
import { emptyMatrix } from "../matrix/matrix";
import { type ReallocationPolicy, defaultPolicy } from "../policy/policy";
import { type TransfersSinceBaseline, noTransfers } from "../policy/transfers";
import type { Product } from "../product/product";
import type { Actor, IsoDate, IsoDateTime } from "../provenance/metadata";
import type { Money } from "../quantity/money";
import { type ResultsState, noResultsFramework } from "../results/state";
import type { Shift } from "./changes";
import { RequestIdSet } from "./requestIds";
import type { AgreementPeriod, ExpectedResult, Organisation, Party, ResultArea, Signature } from "./terms";

export type AgreementStatus = "empty" | "proposed" | "signed" | "closed";

export interface PendingReallocation {
  readonly requestId: string;
  readonly shifts: readonly Shift[];
  readonly requestedBy: Actor;
  /** The ledger's time of the request (`recordedAt`). */
  readonly requestedAt: IsoDateTime;
  readonly reason: string;
}

export interface ReportedResult extends ResultReportData {
  /** The ledger's time of the report (`recordedAt`). */
  readonly reportedAt: IsoDateTime;
  readonly reportedBy: Actor;
  /** How many reports for this period were recorded before this one (0: the first). */
  readonly corrections: number;
}

/**
 * Everything the decider needs to decide, as readonly data. Nothing is ever mutated, so any
 * earlier state stays valid (the command handler's cache and the property tests rely on it).
 * What grows with the stream is persistent (`immutable`'s Map and Set, which share all but
 * the changed path with the previous version; `RequestIdSet` for the decided ids) or a
 * running total, so that one event costs
 * the same at the 100th event as at the 100,000th; the matrices and the terms are bounded by
 * the contract and copied when they change.
 */
export interface AgreementState {
  readonly status: AgreementStatus;
  /** Empty string until proposed. */
  readonly agreementId: string;
  readonly parties?: { readonly municipality: Organisation; readonly provider: Organisation };
  readonly period?: AgreementPeriod;
  readonly frameworkAgreement: string;
  readonly resultAreas: readonly ResultArea[];
  /** The offer as proposed; never changes. */
  readonly offer: Matrix;
  /** The matrix under negotiation: starts as the offer. */
  readonly draft: Matrix;
  readonly negotiationRound: number;
  readonly signatures: Partial<Record<Party, Signature>>;
  /** The contract as last approved: set at signing, changed by amendment. */
  readonly baseline: Matrix;
  /** The baseline plus the reallocations applied since. */
  readonly current: Matrix;
  /** The contract as signed, kept through amendments. */
  readonly contractAtSigning: Matrix;
  readonly expectedResults: ReadonlyMap<string, ExpectedResult>;
  /** Tariff per (normalised) work type. */
  readonly tariffs: ReadonlyMap<string, Money>;
  readonly pendingReallocations: PersistentMap<string, PendingReallocation>;
  /**
   * Request ids that were applied, approved or rejected, as far as this state knows them; ids
   * are never reused. A state folded from the stream's start knows them all. A state read from
   * a durable snapshot knows only those decided after it (they grow with the stream, so the
   * snapshot leaves them out): the command path adds, from its index, the ids the command at
   * hand asks about (`requestIdToLookUp`, `knowingDecided`) before deciding.
   */
  readonly decidedRequestIds: RequestIdSet;
  /** The gross transfers applied since the baseline was last approved, as running totals. */
  readonly transfersSinceBaseline: TransfersSinceBaseline;
  /** The reallocation policy: proposed with the offer, negotiable, frozen at signing, changed by amendment. */
  readonly policy: ReallocationPolicy;
  /** The latest report per period (a later report for the same period is a correction). */
  readonly results: PersistentMap<string, ReportedResult>;
  readonly amendmentIds: PersistentSet<string>;
  readonly closedOn?: IsoDate;
  readonly finalDetermination?: FinalDetermination;
  /** Grant decision, budget, contributions, realised costs and money reallocations. */
  readonly funding: FundingState;
  /** The products that break down cells of the contract, as last described (bounded by the contract). */
  readonly products: readonly Product[];
  /** The results framework (goals, effects, indicators, reach, milestones) and its measurements per period. */
  readonly resultsFramework: ResultsState;
  readonly eventCount: number;
}

export const initialState: AgreementState = {
  status: "empty",
  agreementId: "",
  frameworkAgreement: "",
  resultAreas: [],
  offer: emptyMatrix,
  draft: emptyMatrix,
  negotiationRound: 0,
  signatures: {},
  baseline: emptyMatrix,
  current: emptyMatrix,
  contractAtSigning: emptyMatrix,
  expectedResults: new Map(),
  tariffs: new Map(),
  pendingReallocations: PersistentMap(),
  decidedRequestIds: RequestIdSet.empty,
  transfersSinceBaseline: noTransfers,
  policy: defaultPolicy,
  results: PersistentMap(),
  amendmentIds: PersistentSet(),
  funding: noFunding,
  products: [],
  resultsFramework: noResultsFramework,
  eventCount: 0,
};
