import type { DomainEvent } from "../events/catalogue";
import { defaultPolicy } from "../policy/policy";
import { noTransfers, withAppliedTransfer } from "../policy/transfers";
import type { Money } from "../quantity/money";
import { applyCellChanges, applyExpectedResultChanges, matrixOf } from "./applyChanges";
import { evolveFunding, withEffects } from "./evolveFunding";
import type { AgreementState } from "./state";

/**
 * The ledger's time of an event: `recordedAt`, stamped by the command handler from its own
 * clock. Events written before the handler stamped it fall back to the caller's `occurredAt`.
 */
const ledgerTimeOf = (event: DomainEvent): string => event.metadata.recordedAt || event.metadata.occurredAt;

/**
 * Applies one event. Trusts the event (it was accepted by `decide` or read from the log):
 * no validation here. Its cost does not grow with the stream: the collections that do are
 * persistent (a step shares all but the changed path) or running totals, and only the
 * bounded ones an event touches (a matrix, the terms) are copied.
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
        transfersSinceBaseline: noTransfers,
      };
    }
    case "ReallocationRequested":
      return {
        pendingReallocations: s.pendingReallocations.set(event.data.requestId, {
          requestId: event.data.requestId,
          shifts: event.data.shifts,
          requestedBy: event.metadata.actor,
          requestedAt: ledgerTimeOf(event),
          reason: event.data.reason,
        }),
      };
    case "ReallocationApplied":
      return {
        current: withEffects(s.current, event.data.effects),
        decidedRequestIds: s.decidedRequestIds.add(event.data.requestId),
        transfersSinceBaseline: withAppliedTransfer(
          s.transfersSinceBaseline,
          ledgerTimeOf(event),
          event.data.shifts,
        ),
      };
    case "ReallocationApproved": {
      const request = s.pendingReallocations.get(event.data.requestId);
      return {
        current: withEffects(s.current, event.data.effects),
        pendingReallocations: s.pendingReallocations.delete(event.data.requestId),
        decidedRequestIds: s.decidedRequestIds.add(event.data.requestId),
        transfersSinceBaseline: withAppliedTransfer(
          s.transfersSinceBaseline,
          ledgerTimeOf(event),
          request?.shifts ?? [],
        ),
      };
    }
    case "ReallocationRejected":
      return {
        pendingReallocations: s.pendingReallocations.delete(event.data.requestId),
        decidedRequestIds: s.decidedRequestIds.add(event.data.requestId),
      };
    case "ResultReported": {
      const previous = s.results.get(event.data.period);
      return {
        results: s.results.set(event.data.period, {
          ...event.data,
          reportedAt: ledgerTimeOf(event),
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
        transfersSinceBaseline: noTransfers,
        expectedResults: applyExpectedResultChanges(s.expectedResults, event.data.expectedResultChanges),
        amendmentIds: s.amendmentIds.add(event.data.amendmentId),
        ...(event.data.policy === undefined ? {} : { policy: event.data.policy }),
      };
    }
    case "GrantDecided":
    case "BudgetRecorded":
    case "ContributionsRecorded":
    case "CostsRealised":
    case "BudgetReallocationRequested":
    case "BudgetReallocationApplied":
    case "BudgetReallocationApproved":
    case "BudgetReallocationRejected":
      return {
        funding: evolveFunding(s.funding, event, ledgerTimeOf(event)),
        ...(event.type === "BudgetReallocationApplied" ||
        event.type === "BudgetReallocationApproved" ||
        event.type === "BudgetReallocationRejected"
          ? { decidedRequestIds: s.decidedRequestIds.add(event.data.requestId) }
          : {}),
      };
    case "ProductsDescribed":
      return { products: event.data.products };
    case "ResultsFrameworkRecorded":
      return { resultsFramework: { ...s.resultsFramework, framework: event.data.framework } };
    case "ResultsMeasured":
      return {
        resultsFramework: {
          ...s.resultsFramework,
          measurements: s.resultsFramework.measurements.set(
            event.data.measurement.period,
            event.data.measurement,
          ),
        },
      };
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
