import {
  type CellChange,
  type CumulativeTransfers,
  type Decimal,
  type JsonObject,
  type ReallocationPolicy,
  Shift,
  type UnitKind,
  type Verdict,
  ZERO,
  aboveCumulativeThreshold,
  add,
  cumulativeTransfersOf,
  defaultPolicy,
  isZero,
  noTransfers,
  percentOf,
  periodOf,
  subtract,
  toDecimalString,
  totalsByKind,
  withAppliedTransfer,
} from "@grant-ledger/core";
import * as t from "io-ts";
import type { ViewEvent } from "../event/viewEvent";
import { decimalFrom, ledgerTimeOf, provenanceJson, totalsFrom, totalsJson } from "../rows/encoding";
import {
  type Row,
  type RowReader,
  type RowSource,
  type RowView,
  type RowWrite,
  foldOf,
  revisionKey,
} from "../rows/rows";
import { transfersFrom, transfersJson } from "./transfersRow";

const AGREEMENT = "agreement";
/** Request rows keyed by the revision of the request, so the register reads in ledger order and pages. */
const REQUEST = "request";
/** requestId → the key of its request row. */
const ID = "id";
/** The keys of the requests waiting for a decision, so the open ones are read without the rest. */
const PENDING = "pending";
const Shifts = t.array(Shift);

const policyJson = (p: ReallocationPolicy): JsonObject => ({
  policyVersion: p.version,
  threshold: toDecimalString(p.cumulativeThreshold),
  thresholdPeriod: p.thresholdPeriod ?? "agreement",
});

const withChanges = (totals: Map<UnitKind, Decimal>, changes: readonly CellChange[]) => {
  const next = new Map(totals);
  for (const c of changes) {
    if (c.from !== null) next.set(c.from.kind, subtract(next.get(c.from.kind) ?? ZERO, c.from.amount));
    if (c.to !== null) next.set(c.to.kind, add(next.get(c.to.kind) ?? ZERO, c.to.amount));
  }
  return next;
};

/**
 * What the policy said, as the register keeps it: the rules that did not pass, with their
 * explanations, and the names of those that did. A register row is read with every other
 * (the whole register is one report); the passing rules' texts say the same in every row
 * ("the policy sets no per-cell limits") and stay in the events and the cell history.
 */
const trace = (verdicts: readonly Verdict[], policyVersion: number): JsonObject => ({
  verdicts: verdicts
    .filter((v) => v.outcome !== "pass")
    .map((v) => ({ rule: v.rule, outcome: v.outcome, explanation: v.explanation })),
  passed: verdicts.filter((v) => v.outcome === "pass").map((v) => v.rule),
  policyVersion,
});

const cumulativeJson = (c: CumulativeTransfers, threshold: Decimal): JsonObject => ({
  kind: c.kind,
  moved: toDecimalString(c.moved),
  approvedTotal: toDecimalString(c.approvedTotal),
  percent: isZero(c.approvedTotal) ? null : toDecimalString(percentOf(c.moved, c.approvedTotal, 1)),
  period: c.period ?? null,
  threshold: toDecimalString(threshold),
  aboveThreshold: isZero(c.approvedTotal) || aboveCumulativeThreshold(c, threshold),
});

/**
 * Applying shifts: the cumulative share after them, counted with the core's rule 2
 * (`cumulativeTransfersOf`, on the running totals `withAppliedTransfer` keeps), and the
 * working row with the totals advanced.
 */
const applying = (working: Row, e: ViewEvent, shifts: readonly Shift[]) => {
  const at = ledgerTimeOf(e);
  const threshold = decimalFrom(working.threshold) ?? defaultPolicy.cumulativeThreshold;
  const thresholdPeriod = (working.thresholdPeriod ?? "agreement") as ReallocationPolicy["thresholdPeriod"];
  const transfers = transfersFrom(working.transfers);
  const cumulative = cumulativeTransfersOf({
    period: periodOf(thresholdPeriod, at),
    transfers,
    approvedTotals: totalsFrom(working.approvedTotals),
    shifts,
  }).map((c) => cumulativeJson(c, threshold));
  const next: Row = { ...working, transfers: transfersJson(withAppliedTransfer(transfers, at, shifts)) };
  return { cumulative, working: { group: AGREEMENT, key: "", row: next } satisfies RowWrite };
};

const requestKey = (rows: RowReader, requestId: string): string =>
  (rows.get(ID, requestId)?.key as string | undefined) ?? "";

const decision = (e: ViewEvent, reason: string): JsonObject => {
  const p = provenanceJson(e);
  return {
    revision: p.revision,
    actor: p.actor,
    occurredAt: p.occurredAt,
    recordedAt: p.recordedAt,
    justification: reason,
  };
};

/**
 * Every reallocation request with its shifts, status, requester, approver or rejecter,
 * justifications, verdicts, policy version and, once applied, the cumulative share of gross
 * transfers since the baseline. One row per request, rewritten at each of its steps.
 */
export const reallocationRegister: RowView = {
  name: "reallocation_register",
  // 2: verdicts that passed are kept by rule name only (see `trace`); the pending requests' index.
  version: 2,
  step: (e: ViewEvent, rows: RowReader): readonly RowWrite[] => {
    const event = e.event;
    const working = rows.get(AGREEMENT, "") ?? {};
    const setWorking = (row: Row): RowWrite => ({ group: AGREEMENT, key: "", row });
    switch (event.type) {
      case "AgreementProposed":
        return [
          setWorking({
            ...policyJson(event.data.policy ?? defaultPolicy),
            approvedTotals: {},
            transfers: transfersJson(noTransfers),
          }),
        ];
      case "AgreementNegotiated":
        return event.data.policy === undefined
          ? []
          : [setWorking({ ...working, ...policyJson(event.data.policy) })];
      case "AgreementSigned":
        return [
          setWorking({
            ...working,
            approvedTotals: totalsJson(totalsByKind(event.data.baseline)),
            transfers: transfersJson(noTransfers),
          }),
        ];
      case "AgreementAmended":
        return [
          setWorking({
            ...working,
            ...(event.data.policy === undefined ? {} : policyJson(event.data.policy)),
            approvedTotals: totalsJson(withChanges(totalsFrom(working.approvedTotals), event.data.changes)),
            transfers: transfersJson(noTransfers),
          }),
        ];
      case "ReallocationRequested":
      case "ReallocationApplied": {
        const p = provenanceJson(e);
        const request: Row = {
          requestId: event.data.requestId,
          requestedRevision: e.revision,
          status: event.type === "ReallocationApplied" ? "applied" : "requested",
          shifts: Shifts.encode(event.data.shifts) as unknown as JsonObject[],
          requestedBy: p.actor,
          requestedAt: p.recordedAt,
          occurredAt: p.occurredAt,
          justification: event.data.reason,
          request: trace(event.data.verdicts, event.data.policyVersion),
          decision: null,
          cumulative: null,
        };
        const key = revisionKey(e.revision);
        const index: RowWrite = { group: ID, key: event.data.requestId, row: { key } };
        if (event.type === "ReallocationRequested")
          return [{ group: REQUEST, key, row: request }, index, { group: PENDING, key, row: { key } }];
        const applied = applying(working, e, event.data.shifts);
        return [
          { group: REQUEST, key, row: { ...request, cumulative: applied.cumulative } },
          index,
          applied.working,
        ];
      }
      case "ReallocationApproved": {
        const key = requestKey(rows, event.data.requestId);
        const request = rows.get(REQUEST, key) ?? { requestId: event.data.requestId };
        const shifts = Shifts.decode(request.shifts ?? []);
        const applied = applying(working, e, shifts._tag === "Right" ? shifts.right : []);
        const row: Row = {
          ...request,
          status: "approved",
          decision: {
            ...decision(e, event.data.reason),
            ...trace(event.data.verdicts, event.data.policyVersion),
          },
          cumulative: applied.cumulative,
        };
        return [{ group: REQUEST, key, row }, applied.working, { group: PENDING, key, row: null }];
      }
      case "ReallocationRejected": {
        const key = requestKey(rows, event.data.requestId);
        const request = rows.get(REQUEST, key) ?? { requestId: event.data.requestId };
        return [
          {
            group: REQUEST,
            key,
            row: { ...request, status: "rejected", decision: decision(e, event.data.reason) },
          },
          { group: PENDING, key, row: null },
        ];
      }
      default:
        return [];
    }
  },
};

export const reallocationRegisterFold = foldOf(reallocationRegister);

/** A page of the register: the last `limit` requests made before revision `beforeRevision`. */
export interface RegisterPage {
  readonly beforeRevision?: number;
  readonly limit?: number;
}

/** The register of one agreement, in the order the requests were made; undefined for an unknown agreement. */
export const reallocationsOf = (
  source: RowSource,
  agreementId: string,
  page: RegisterPage = {},
): readonly Row[] | undefined => {
  if (source.get(agreementId, AGREEMENT, "") === undefined) return undefined;
  return source
    .list(agreementId, REQUEST, {
      ...(page.beforeRevision === undefined ? {} : { before: revisionKey(page.beforeRevision) }),
      ...(page.limit === undefined ? {} : { limit: page.limit }),
    })
    .map(([, row]) => row);
};

/** The requests waiting for a decision, in the order they were made; undefined for an unknown agreement. */
export const pendingReallocationsOf = (
  source: RowSource,
  agreementId: string,
): readonly Row[] | undefined => {
  if (source.get(agreementId, AGREEMENT, "") === undefined) return undefined;
  return source.list(agreementId, PENDING).flatMap(([key]) => {
    const row = source.get(agreementId, REQUEST, key);
    return row === undefined ? [] : [row];
  });
};
