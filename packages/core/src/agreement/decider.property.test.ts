import fc from "fast-check";
import * as E from "fp-ts/Either";
import { describe, expect, it } from "vitest";
import { cellKey } from "../cell/cell";
import type { Command } from "../commands/catalogue";
import { fold } from "../decider/decider";
import type { DomainEvent } from "../events/catalogue";
import { type Matrix, setEntry, totalsByKind } from "../matrix/matrix";
import { noTransfers, withAppliedTransfer } from "../policy/transfers";
import type { Actor } from "../provenance/metadata";
import {
  type Decimal,
  ZERO,
  add,
  compare,
  decimal,
  isNegative,
  subtract,
  toDecimalString,
} from "../quantity/decimal";
import { GROUPS, HOURS } from "../quantity/unitKind";
import {
  EXAMPLE_AGREEMENT_ID,
  actors,
  approveReallocation,
  cellAt,
  commandMetadata,
  exampleContract,
  exampleSignedEvents,
  rejectReallocation,
  requestReallocation,
} from "../testing";
import type { Shift } from "./changes";
import { agreementDecider } from "./decider";
import { encodeSnapshot } from "./snapshot";
import type { AgreementState } from "./state";

/** What a state holds, as text: its snapshot encoding. */
const frozen = (s: AgreementState): string => JSON.stringify(encodeSnapshot(s));

const { decide, evolve, initialState } = agreementDecider;

// The example's hour cells, plus one the contract does not have.
const CELLS = [
  ...exampleContract.flatMap((e) =>
    e.position.district === undefined ? [] : [cellKey(e.position as never)],
  ),
  "6/OBW/Monden",
];

const amount = fc
  .record({
    units: fc.oneof(
      { weight: 3, arbitrary: fc.integer({ min: 0, max: 120 }) },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: 1500 }) },
    ),
    scale: fc.constantFrom(0, 0, 1, 2),
  })
  .map(({ units, scale }) => decimal(units, scale));
const shiftArb: fc.Arbitrary<Shift> = fc
  .record({
    from: fc.constantFrom(...CELLS),
    to: fc.constantFrom(...CELLS),
    amount,
    kind: fc.constantFrom(HOURS, HOURS, HOURS, HOURS, HOURS, GROUPS),
  })
  .map((s) => ({ from: cellAt(s.from), to: cellAt(s.to), quantity: { kind: s.kind, amount: s.amount } }));

const requester = fc.constantFrom<Actor>(actors.teamLead, actors.director, actors.policyOfficer);
const decider = fc.constantFrom<Actor>(actors.policyOfficer, actors.alderman, actors.director);
const requestId = fc.integer({ min: 0, max: 40 }).map((i) => `r${i}`);

/** Mostly a pending request (else decisions would rarely happen), sometimes any id. */
const decidedId = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .nat()
      .map(
        (n) => (state: AgreementState) =>
          [...state.pendingReallocations.keys()][n % Math.max(1, state.pendingReallocations.size)] ?? "none",
      ),
  },
  { weight: 1, arbitrary: requestId.map((id) => () => id) },
);

/** A step builds its command from the state it is decided against (amendments must state what a cell holds). */
type Step = (state: AgreementState) => Command;

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.tuple(requestId, fc.array(shiftArb, { minLength: 1, maxLength: 2 }), requester).map(
      ([id, shifts, by]) =>
        () =>
          requestReallocation(id, shifts, by),
    ),
  },
  {
    weight: 4,
    arbitrary: fc.tuple(decidedId, decider).map(
      ([id, by]) =>
        (state: AgreementState) =>
          approveReallocation(id(state), by),
    ),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(decidedId, decider).map(
      ([id, by]) =>
        (state: AgreementState) =>
          rejectReallocation(id(state), by),
    ),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom(...CELLS.slice(0, -1)),
        fc.integer({ min: -200, max: 200 }),
        fc.integer({ min: 0, max: 1000 }),
      )
      .map(([key, delta, n]) => (state: AgreementState): Command => {
        const from = state.current.get(key)?.quantity ?? null;
        const base = from?.amount ?? ZERO;
        const next = add(base, decimal(delta));
        return {
          type: "AmendAgreement",
          data: {
            agreementId: EXAMPLE_AGREEMENT_ID,
            amendmentId: `am-${n}`,
            changes: [
              {
                position: cellAt(key),
                from,
                to: { kind: HOURS, amount: isNegative(next) ? ZERO : next },
                reason: "agreed",
              },
            ],
            expectedResultChanges: [],
            agreedBy: {
              municipality: { person: "M. Thalens-Kolker", role: "wethouder" },
              provider: { person: "G.L. Jonker", role: "directeur" },
            },
            reason: "both parties agree",
          },
          metadata: commandMetadata(actors.alderman),
        };
      }),
  },
);

const totals = (m: Matrix) => new Map([...totalsByKind(m)].map(([k, v]) => [k, toDecimalString(v)]));

/** Net change per cell that a request's shifts announce. */
const netOf = (shifts: readonly Shift[]): Map<string, Decimal> => {
  const net = new Map<string, Decimal>();
  for (const s of shifts) {
    net.set(cellKey(s.from), subtract(net.get(cellKey(s.from)) ?? ZERO, s.quantity.amount));
    net.set(cellKey(s.to), add(net.get(cellKey(s.to)) ?? ZERO, s.quantity.amount));
  }
  return net;
};

/** The state before plus exactly what a reallocation event announces, built independently of `evolve`. */
const announced = (before: AgreementState, event: DomainEvent): AgreementState | undefined => {
  const eventCount = before.eventCount + 1;
  switch (event.type) {
    case "ReallocationRequested": {
      const pending = before.pendingReallocations.set(event.data.requestId, {
        requestId: event.data.requestId,
        shifts: event.data.shifts,
        requestedBy: event.metadata.actor,
        requestedAt: event.metadata.recordedAt,
        reason: event.data.reason,
      });
      return { ...before, eventCount, pendingReallocations: pending };
    }
    case "ReallocationApproved": {
      let current = before.current;
      for (const e of event.data.effects)
        current = setEntry(current, { position: e.cell, quantity: e.after });
      const request = before.pendingReallocations.get(event.data.requestId);
      return {
        ...before,
        eventCount,
        current,
        pendingReallocations: before.pendingReallocations.delete(event.data.requestId),
        decidedRequestIds: before.decidedRequestIds.add(event.data.requestId),
        transfersSinceBaseline: withAppliedTransfer(
          before.transfersSinceBaseline,
          event.metadata.recordedAt,
          request?.shifts ?? [],
        ),
      };
    }
    case "ReallocationRejected": {
      return {
        ...before,
        eventCount,
        pendingReallocations: before.pendingReallocations.delete(event.data.requestId),
        decidedRequestIds: before.decidedRequestIds.add(event.data.requestId),
      };
    }
    default:
      return undefined;
  }
};

describe("the agreement decider, for any sequence of commands against a signed agreement", () => {
  const signed = exampleSignedEvents();
  const start = fold(evolve, initialState, signed);

  it("conserves every unit kind, never leaves a negative cell, and evolves into exactly what it announced", () => {
    let approved = 0;
    fc.assert(
      fc.property(fc.array(step, { minLength: 5, maxLength: 30 }), (steps) => {
        let state = start;
        for (const build of steps) {
          const command = build(state);
          const result = decide(command, state);
          if (E.isLeft(result)) continue;
          const events = result.right;
          const snapshot = frozen(state);
          const after = fold(evolve, state, events);
          // Earlier states stay valid: evolving on never changes what an earlier state holds.
          expect(frozen(state)).toBe(snapshot);

          // Reallocations never change a total: current always sums to the baseline as last approved.
          expect(totals(after.current)).toEqual(totals(after.baseline));
          expect(new Set(after.current.keys())).toEqual(new Set(after.baseline.keys()));
          for (const entry of after.current.values()) expect(isNegative(entry.quantity.amount)).toBe(false);

          for (const event of events) {
            if (event.type === "ReallocationApproved") approved += 1;
            const expected = announced(state, event);
            if (expected !== undefined) expect(evolve(state, event)).toEqual(expected);
            if (event.type === "ReallocationApproved") {
              const request = state.pendingReallocations.get(event.data.requestId);
              expect(request).toBeDefined();
              const net = netOf(request?.shifts ?? []);
              expect(new Set(event.data.effects.map((e) => cellKey(e.cell)))).toEqual(new Set(net.keys()));
              for (const effect of event.data.effects) {
                expect(state.current.get(cellKey(effect.cell))?.quantity).toEqual(effect.before);
                expect(
                  compare(
                    subtract(effect.after.amount, effect.before.amount),
                    net.get(cellKey(effect.cell)) ?? ZERO,
                  ),
                ).toBe(0);
                expect(effect.after.kind).toBe(effect.before.kind);
              }
              expect(
                request?.requestedBy.organisationId === event.metadata.actor.organisationId &&
                  request.requestedBy.person === event.metadata.actor.person,
              ).toBe(false);
              expect(event.metadata.actor.role).toBe("municipality");
            }
            if (event.type === "AgreementAmended") {
              expect(after.transfersSinceBaseline).toEqual(noTransfers);
              expect(after.current).toEqual(after.baseline);
            }
          }
          state = after;
        }
      }),
      { numRuns: 150 },
    );
    // The generator must reach decisions, or the checks above prove little.
    expect(approved).toBeGreaterThan(40);
  });

  it("refuses exactly the shifts that would take a cell below zero", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CELLS.slice(0, -1)),
        fc.constantFrom(...CELLS.slice(0, -1)),
        amount,
        (from, to, a) => {
          fc.pre(from !== to);
          const held = start.current.get(from)?.quantity.amount ?? ZERO;
          const result = decide(
            requestReallocation("p", [
              { from: cellAt(from), to: cellAt(to), quantity: { kind: HOURS, amount: a } },
            ]),
            start,
          );
          const expectedTag =
            a.units === 0n ? "NonPositiveShift" : compare(held, a) < 0 ? "InsufficientUnits" : undefined;
          expect(E.isLeft(result) ? result.left._tag : undefined).toBe(expectedTag);
        },
      ),
      { numRuns: 200 },
    );
  });
});
