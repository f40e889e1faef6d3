import fc from "fast-check";
import { Map as PersistentMap, Set as PersistentSet } from "immutable";
import { describe, expect, it } from "vitest";
import { cellKey } from "../cell/cell";
import { fold } from "../decider/decider";
import type { DomainEvent } from "../events/catalogue";
import type { Matrix } from "../matrix/matrix";
import type { PolicyShift } from "../policy/context";
import { defaultPolicy } from "../policy/policy";
import { cumulativeTransfers } from "../policy/rules/cumulativeThreshold";
import { periodOf } from "../policy/transfers";
import type { GrossByKind } from "../policy/transfers";
import { type Decimal, ZERO, add } from "../quantity/decimal";
import type { Money } from "../quantity/money";
import { HOURS, type UnitKind } from "../quantity/unitKind";
import { shift } from "../testing/builders";
import { applyCellChanges, applyExpectedResultChanges, matrixOf } from "./applyChanges";
import type { CellEffect } from "./changes";
import { agreementDecider } from "./decider";
import { randomHistory } from "./randomHistory.testSupport";
import { reallocationContextOf } from "./reallocationPolicy";
import { RequestIdSet } from "./requestIds";
import { encodeSnapshot } from "./snapshot";
import type { AgreementState, PendingReallocation, ReportedResult } from "./state";

const { evolve, initialState } = agreementDecider;

/**
 * The reference: the fold as it was written before it was made linear, with plain copies of
 * every collection and the list of every applied reallocation (only the ledger's time is
 * new). Slow, but obviously right; the real fold must agree with it on every history.
 */
interface ReferenceState
  extends Omit<
    AgreementState,
    "pendingReallocations" | "decidedRequestIds" | "transfersSinceBaseline" | "results" | "amendmentIds"
  > {
  readonly pendingReallocations: ReadonlyMap<string, PendingReallocation>;
  readonly decidedRequestIds: ReadonlySet<string>;
  readonly appliedSinceBaseline: readonly { appliedAt: string; shifts: readonly PolicyShift[] }[];
  readonly results: ReadonlyMap<string, ReportedResult>;
  readonly amendmentIds: ReadonlySet<string>;
}

const referenceInitial: ReferenceState = {
  ...initialState,
  pendingReallocations: new Map(),
  decidedRequestIds: new Set(),
  appliedSinceBaseline: [],
  results: new Map(),
  amendmentIds: new Set(),
};

const withAdded = <K, V>(m: ReadonlyMap<K, V>, k: K, v: V): ReadonlyMap<K, V> => new Map(m).set(k, v);
const without = <K, V>(m: ReadonlyMap<K, V>, k: K): ReadonlyMap<K, V> => {
  const next = new Map(m);
  next.delete(k);
  return next;
};
const withMember = <T>(s: ReadonlySet<T>, v: T): ReadonlySet<T> => new Set(s).add(v);
const withEffects = (m: Matrix, effects: readonly CellEffect[]): Matrix => {
  const next = new Map(m);
  for (const e of effects) next.set(cellKey(e.cell), { position: e.cell, quantity: e.after });
  return next;
};

const referenceEvolve = (s: ReferenceState, event: DomainEvent): ReferenceState => {
  const at = event.metadata.recordedAt;
  const next = (changes: Partial<ReferenceState>): ReferenceState => ({
    ...s,
    ...changes,
    eventCount: s.eventCount + 1,
  });
  switch (event.type) {
    case "AgreementProposed": {
      const d = event.data;
      const offer = matrixOf(d.offer);
      return next({
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
      });
    }
    case "AgreementNegotiated":
      return next({
        negotiationRound: event.data.round,
        draft: applyCellChanges(s.draft, event.data.cellChanges),
        expectedResults: applyExpectedResultChanges(s.expectedResults, event.data.expectedResultChanges),
        ...(event.data.policy === undefined ? {} : { policy: event.data.policy }),
      });
    case "PartySigned":
      return next({ signatures: { ...s.signatures, [event.data.party]: event.data.signature } });
    case "AgreementSigned": {
      const baseline = matrixOf(event.data.baseline);
      return next({
        status: "signed",
        signatures: event.data.signatures,
        baseline,
        current: baseline,
        contractAtSigning: baseline,
        appliedSinceBaseline: [],
      });
    }
    case "ReallocationRequested":
      return next({
        pendingReallocations: withAdded(s.pendingReallocations, event.data.requestId, {
          requestId: event.data.requestId,
          shifts: event.data.shifts,
          requestedBy: event.metadata.actor,
          requestedAt: at,
          reason: event.data.reason,
        }),
      });
    case "ReallocationApplied":
      return next({
        current: withEffects(s.current, event.data.effects),
        decidedRequestIds: withMember(s.decidedRequestIds, event.data.requestId),
        appliedSinceBaseline: [...s.appliedSinceBaseline, { appliedAt: at, shifts: event.data.shifts }],
      });
    case "ReallocationApproved": {
      const request = s.pendingReallocations.get(event.data.requestId);
      return next({
        current: withEffects(s.current, event.data.effects),
        pendingReallocations: without(s.pendingReallocations, event.data.requestId),
        decidedRequestIds: withMember(s.decidedRequestIds, event.data.requestId),
        appliedSinceBaseline: [...s.appliedSinceBaseline, { appliedAt: at, shifts: request?.shifts ?? [] }],
      });
    }
    case "ReallocationRejected":
      return next({
        pendingReallocations: without(s.pendingReallocations, event.data.requestId),
        decidedRequestIds: withMember(s.decidedRequestIds, event.data.requestId),
      });
    case "ResultReported": {
      const previous = s.results.get(event.data.period);
      return next({
        results: withAdded(s.results, event.data.period, {
          ...event.data,
          reportedAt: at,
          reportedBy: event.metadata.actor,
          corrections: previous === undefined ? 0 : previous.corrections + 1,
        }),
      });
    }
    case "AgreementAmended": {
      const current = applyCellChanges(s.current, event.data.changes);
      return next({
        baseline: current,
        current,
        appliedSinceBaseline: [],
        expectedResults: applyExpectedResultChanges(s.expectedResults, event.data.expectedResultChanges),
        amendmentIds: withMember(s.amendmentIds, event.data.amendmentId),
        ...(event.data.policy === undefined ? {} : { policy: event.data.policy }),
      });
    }
    case "GrantDecided":
    case "BudgetRecorded":
    case "ContributionsRecorded":
    case "CostsRealised":
    case "BudgetReallocationRequested":
    case "BudgetReallocationApplied":
    case "BudgetReallocationApproved":
    case "BudgetReallocationRejected":
    case "ProductsDescribed":
    case "ResultsFrameworkRecorded":
    case "ResultsMeasured":
      // The random histories hold no money, product or results-framework events; those folds have their own tests.
      throw new Error(`the reference fold does not model ${event.type}`);
    case "AgreementClosed":
      return next({
        status: "closed",
        closedOn: event.data.closedOn,
        ...(event.data.finalDetermination === undefined
          ? {}
          : { finalDetermination: event.data.finalDetermination }),
      });
  }
};

/** Gross units per kind of the applied reallocations that `keep` selects, summed one by one. */
const grossOf = (
  applied: ReferenceState["appliedSinceBaseline"],
  keep: (appliedAt: string) => boolean,
): GrossByKind => {
  const out = new Map<UnitKind, Decimal>();
  for (const r of applied)
    if (keep(r.appliedAt))
      for (const s of r.shifts)
        out.set(s.quantity.kind, add(out.get(s.quantity.kind) ?? ZERO, s.quantity.amount));
  return out;
};

/** The reference state in the real state's shape: persistent collections, totals by summing the list. */
const asState = (r: ReferenceState): AgreementState => {
  const { appliedSinceBaseline, ...rest } = r;
  const periods = new Set(
    appliedSinceBaseline.flatMap((a) => [
      periodOf("half-year", a.appliedAt),
      periodOf("quarter", a.appliedAt),
    ]),
  );
  return {
    ...rest,
    pendingReallocations: PersistentMap(r.pendingReallocations),
    decidedRequestIds: RequestIdSet.of(r.decidedRequestIds),
    results: PersistentMap(r.results),
    amendmentIds: PersistentSet(r.amendmentIds),
    transfersSinceBaseline: {
      count: appliedSinceBaseline.length,
      total: grossOf(appliedSinceBaseline, () => true),
      byPeriod: PersistentMap(
        [...periods].flatMap((p) =>
          p === undefined
            ? []
            : [
                [
                  p,
                  grossOf(
                    appliedSinceBaseline,
                    (at) => periodOf("half-year", at) === p || periodOf("quarter", at) === p,
                  ),
                ] as const,
              ],
        ),
      ),
    },
  };
};

const frozen = (s: AgreementState): string =>
  JSON.stringify(encodeSnapshot(s), (_k, v) => (typeof v === "bigint" ? `${v}n` : v));

describe("the fold over long random histories", () => {
  it("equals the reference fold after every event, and the cumulative threshold counts what the reference list holds", () => {
    let applied = 0;
    fc.assert(
      fc.property(randomHistory({ minLength: 50, maxLength: 400 }), (events) => {
        let state = initialState;
        let reference = referenceInitial;
        for (const e of events) {
          state = evolve(state, e);
          reference = referenceEvolve(reference, e);
          expect(state).toEqual(asState(reference));
          if (e.type === "ReallocationApplied" || e.type === "ReallocationApproved") applied += 1;
        }
        // What `decide` reads of the history: the threshold's figures from the totals equal the sum over the list.
        const probe = [shift("6/OBW/Stad", "6/OBW/Velden", 1)];
        for (const date of ["2007-05-20", "2007-08-01", "2007-11-30", "2008-02-01"]) {
          const period = periodOf(state.policy.thresholdPeriod, date);
          const expected = grossOf(
            reference.appliedSinceBaseline,
            (at) => period === undefined || periodOf(state.policy.thresholdPeriod, at) === period,
          );
          const [figures] = cumulativeTransfers(state.policy, reallocationContextOf(state), probe, date);
          expect(figures?.applied).toEqual(expected.get(HOURS) ?? ZERO);
        }
      }),
      { numRuns: 40 },
    );
    // The histories must apply reallocations, or the totals prove little.
    expect(applied).toBeGreaterThan(200);
  });

  it("leaves every earlier state unchanged however the fold goes on, along one history or a fork of it", () => {
    fc.assert(
      fc.property(randomHistory({ minLength: 50, maxLength: 300 }), fc.nat(), (events, cut) => {
        const states: AgreementState[] = [];
        const seen: string[] = [];
        let state = initialState;
        for (const [i, e] of events.entries()) {
          state = evolve(state, e);
          if (i % 25 === 0) {
            states.push(state);
            seen.push(frozen(state));
          }
        }
        const end = frozen(state);
        // A fork: the events after a cut applied again from the state there, twice.
        const at = cut % events.length;
        const fork = fold(evolve, initialState, events.slice(0, at));
        const forked = frozen(fork);
        const once = fold(evolve, fork, events.slice(at));
        const again = fold(evolve, fork, events.slice(at));
        expect(frozen(once)).toBe(end);
        expect(frozen(again)).toBe(end);
        expect(frozen(fork)).toBe(forked);
        expect(states.map(frozen)).toEqual(seen);
      }),
      { numRuns: 30 },
    );
  });
});
