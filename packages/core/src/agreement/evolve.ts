import { cellKey } from "../cell/cell";
import type { DomainEvent } from "../events/catalogue";
import type { Matrix, MatrixEntry } from "../matrix/matrix";
import { defaultPolicy } from "../policy/policy";
import type { Money } from "../quantity/money";
import { applyCellChanges, applyExpectedResultChanges, matrixOf } from "./applyChanges";
import type { CellEffect } from "./changes";
import type { AgreementState } from "./state";

const withAdded = <K, V>(m: ReadonlyMap<K, V>, k: K, v: V): ReadonlyMap<K, V> => new Map(m).set(k, v);
const without = <K, V>(m: ReadonlyMap<K, V>, k: K): ReadonlyMap<K, V> => {
  const next = new Map(m);
  next.delete(k);
  return next;
};
const withMember = <T>(s: ReadonlySet<T>, v: T): ReadonlySet<T> => new Set(s).add(v);

const withEffects = (m: Matrix, effects: readonly CellEffect[]): Matrix => {
  const next = new Map(m);
  for (const e of effects) {
    const entry: MatrixEntry = { position: e.cell, quantity: e.after };
    next.set(cellKey(e.cell), entry);
  }
  return next;
};

/**
 * Applies one event. Trusts the event (it was accepted by `decide` or read from the log):
 * no validation here, and only the collections the event touches are copied.
 */
export const evolve = (state: AgreementState, event: DomainEvent): AgreementState => ({
  ...state,
  ...changesOf(state, event),
  eventCount: state.eventCount + 1,
});

/** The members of the state an event replaces; everything else is shared with the previous state. */
const changesOf = (s: AgreementState, event: DomainEvent): Partial<AgreementState> => {
  switch (event.type) {
    case "AgreementProposed": {
      const d = event.data;
      const offer = matrixOf(d.offer);
      return {
        status: "proposed",
        agreementId: d.agreementId,
        parties: { municipality: d.municipality, provider: d.provider },
        period: d.period,
        frameworkAgreement: d.frameworkAgreement,
        resultAreas: d.resultAreas,
        offer,
        draft: offer,
        expectedResults: new Map(d.expectedResults.map((r) => [r.id, r])),
        tariffs: new Map<string, Money>(d.tariffs.map((t) => [t.workType, t.tariff])),
        policy: d.policy ?? defaultPolicy,
      };
    }
    case "AgreementNegotiated":
      return {
        negotiationRound: event.data.round,
        draft: applyCellChanges(s.draft, event.data.cellChanges),
        expectedResults: applyExpectedResultChanges(s.expectedResults, event.data.expectedResultChanges),
        ...(event.data.policy === undefined ? {} : { policy: event.data.policy }),
      };
    case "PartySigned":
      return { signatures: { ...s.signatures, [event.data.party]: event.data.signature } };
    case "AgreementSigned": {
      const baseline = matrixOf(event.data.baseline);
      return {
        status: "signed",
        signatures: event.data.signatures,
        baseline,
        current: baseline,
        contractAtSigning: baseline,
        appliedSinceBaseline: [],
      };
    }
    case "ReallocationRequested":
      return {
        pendingReallocations: withAdded(s.pendingReallocations, event.data.requestId, {
          requestId: event.data.requestId,
          shifts: event.data.shifts,
          requestedBy: event.metadata.actor,
          requestedAt: event.metadata.occurredAt,
          reason: event.data.reason,
        }),
      };
    case "ReallocationApplied":
      return {
        current: withEffects(s.current, event.data.effects),
        decidedRequestIds: withMember(s.decidedRequestIds, event.data.requestId),
        appliedSinceBaseline: [
          ...s.appliedSinceBaseline,
          {
            requestId: event.data.requestId,
            appliedAt: event.metadata.occurredAt,
            shifts: event.data.shifts,
          },
        ],
      };
    case "ReallocationApproved": {
      const current = withEffects(s.current, event.data.effects);
      const request = s.pendingReallocations.get(event.data.requestId);
      return {
        current,
        pendingReallocations: without(s.pendingReallocations, event.data.requestId),
        decidedRequestIds: withMember(s.decidedRequestIds, event.data.requestId),
        appliedSinceBaseline: [
          ...s.appliedSinceBaseline,
          {
            requestId: event.data.requestId,
            appliedAt: event.metadata.occurredAt,
            shifts: request?.shifts ?? [],
          },
        ],
      };
    }
    case "ReallocationRejected":
      return {
        pendingReallocations: without(s.pendingReallocations, event.data.requestId),
        decidedRequestIds: withMember(s.decidedRequestIds, event.data.requestId),
      };
    case "ResultReported": {
      const previous = s.results.get(event.data.period);
      return {
        results: withAdded(s.results, event.data.period, {
          ...event.data,
          reportedAt: event.metadata.occurredAt,
          reportedBy: event.metadata.actor,
          corrections: previous === undefined ? 0 : previous.corrections + 1,
        }),
      };
    }
    case "AgreementAmended": {
      const current = applyCellChanges(s.current, event.data.changes);
      return {
        baseline: current,
        current,
        appliedSinceBaseline: [],
        expectedResults: applyExpectedResultChanges(s.expectedResults, event.data.expectedResultChanges),
        amendmentIds: withMember(s.amendmentIds, event.data.amendmentId),
        ...(event.data.policy === undefined ? {} : { policy: event.data.policy }),
      };
    }
    case "AgreementClosed":
      return {
        status: "closed",
        closedOn: event.data.closedOn,
        ...(event.data.finalDetermination === undefined
          ? {}
          : { finalDetermination: event.data.finalDetermination }),
      };
  }
};
