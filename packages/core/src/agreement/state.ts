import type { FinalDetermination } from "../events/agreementClosed";
import type { ResultReportData } from "../events/resultReported";
import type { Matrix } from "../matrix/matrix";
import { emptyMatrix } from "../matrix/matrix";
import { type ReallocationPolicy, defaultPolicy } from "../policy/policy";
import type { Actor, IsoDate, IsoDateTime } from "../provenance/metadata";
import type { Money } from "../quantity/money";
import type { Shift } from "./changes";
import type { AgreementPeriod, ExpectedResult, Organisation, Party, ResultArea, Signature } from "./terms";

export type AgreementStatus = "empty" | "proposed" | "signed" | "closed";

export interface PendingReallocation {
  readonly requestId: string;
  readonly shifts: readonly Shift[];
  readonly requestedBy: Actor;
  readonly requestedAt: IsoDateTime;
  readonly reason: string;
}

/** A reallocation applied since the baseline was last approved (signing or amendment). */
export interface AppliedReallocation {
  readonly requestId: string;
  readonly appliedAt: IsoDateTime;
  readonly shifts: readonly Shift[];
}

export interface ReportedResult extends ResultReportData {
  readonly reportedAt: IsoDateTime;
  readonly reportedBy: Actor;
  /** How many reports for this period were recorded before this one (0: the first). */
  readonly corrections: number;
}

/**
 * Everything the decider needs to decide, as plain readonly data. Collections are replaced,
 * never mutated, so any earlier state stays valid; only the collections an event touches
 * are copied.
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
  readonly pendingReallocations: ReadonlyMap<string, PendingReallocation>;
  /** Request ids that were approved or rejected; ids are never reused. */
  readonly decidedRequestIds: ReadonlySet<string>;
  readonly appliedSinceBaseline: readonly AppliedReallocation[];
  /** The reallocation policy: proposed with the offer, negotiable, frozen at signing, changed by amendment. */
  readonly policy: ReallocationPolicy;
  /** The latest report per period (a later report for the same period is a correction). */
  readonly results: ReadonlyMap<string, ReportedResult>;
  readonly amendmentIds: ReadonlySet<string>;
  readonly closedOn?: IsoDate;
  readonly finalDetermination?: FinalDetermination;
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
  pendingReallocations: new Map(),
  decidedRequestIds: new Set(),
  appliedSinceBaseline: [],
  policy: defaultPolicy,
  results: new Map(),
  amendmentIds: new Set(),
  eventCount: 0,
};
