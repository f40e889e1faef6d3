import fc from "fast-check";
import * as E from "fp-ts/Either";
import { cellKey } from "../cell/cell";
import type { Command } from "../commands/catalogue";
import { fold } from "../decider/decider";
import type { DomainEvent } from "../events/catalogue";
import { ReallocationPolicy } from "../policy/policy";
import type { Actor } from "../provenance/metadata";
import { ZERO, add, decimal, isNegative } from "../quantity/decimal";
import { HOURS } from "../quantity/unitKind";
import {
  EXAMPLE_AGREEMENT_ID,
  actors,
  cellAt,
  commandMetadata,
  exampleContract,
  exampleSignedEvents,
} from "../testing/builders";
import { agreementDecider } from "./decider";
import type { AgreementState } from "./state";

/**
 * Long random histories of the example agreement after signing, each command decided by the
 * real decider on the state before it (refused commands leave no events): requests of one or
 * two shifts (some invalid), approvals and rejections of pending requests, result reports,
 * amendments that change a cell and sometimes the policy (threshold and its period), and
 * rarely closing. The ledger's clock (`recordedAt`) only moves forward; the caller's
 * `occurredAt` may lie up to 120 days before it, so the two often fall in different periods.
 */

const CELLS = exampleContract.flatMap((e) =>
  e.position.district === undefined ? [] : [cellKey(e.position as never)],
);
const START = Date.UTC(2007, 4, 9, 8, 0, 0);

interface Clock {
  readonly recordedAt: string;
  readonly occurredAt: string;
}
type Step = (state: AgreementState, clock: Clock) => Command;

const meta = (actor: Actor, clock: Clock) => commandMetadata(actor, { ...clock });

const amount = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 60 }).map((n) => decimal(n)) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 2000 }).map((n) => decimal(n, 1)) },
);
const shiftArb = fc
  .record({ from: fc.constantFrom(...CELLS), to: fc.constantFrom(...CELLS), amount })
  .map((s) => ({ from: cellAt(s.from), to: cellAt(s.to), quantity: { kind: HOURS, amount: s.amount } }));
const requester = fc.constantFrom<Actor>(actors.teamLead, actors.director, actors.policyOfficer);
const approver = fc.constantFrom<Actor>(actors.policyOfficer, actors.alderman, actors.director);
const pendingPick = fc.nat().map((n) => (s: AgreementState) => {
  const ids = [...s.pendingReallocations.keys()];
  return ids[n % Math.max(1, ids.length)] ?? "none";
});
const policyArb = fc
  .record({
    cumulativeThreshold: fc.constantFrom("0", "5", "10", "25"),
    thresholdPeriod: fc.constantFrom("agreement", "half-year", "quarter"),
  })
  .map((p) => (version: number) => {
    const decoded = ReallocationPolicy.decode({ version, ...p });
    if (E.isLeft(decoded)) throw new Error("the test policy does not decode");
    return decoded.right;
  });

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(fc.nat({ max: 1_000_000 }), fc.array(shiftArb, { minLength: 1, maxLength: 2 }), requester)
      .map(
        ([n, shifts, by]): Step =>
          (_s, clock) => ({
            type: "RequestReallocation",
            data: { agreementId: EXAMPLE_AGREEMENT_ID, requestId: `r${n}`, shifts, reason: "demand moved" },
            metadata: meta(by, clock),
          }),
      ),
  },
  {
    weight: 5,
    arbitrary: fc.tuple(pendingPick, approver, fc.boolean()).map(
      ([pick, by, approve]): Step =>
        (s, clock) => ({
          type: approve ? "ApproveReallocation" : "RejectReallocation",
          data: { agreementId: EXAMPLE_AGREEMENT_ID, requestId: pick(s), reason: "considered" },
          metadata: meta(by, clock),
        }),
    ),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom("2007-H1", "2007-H2", "2007-Q3", "2007-06", "2007-11"), fc.nat({ max: 300 }))
      .map(
        ([period, units]): Step =>
          (_s, clock) => ({
            type: "ReportResult",
            data: {
              agreementId: EXAMPLE_AGREEMENT_ID,
              period,
              realised: [
                {
                  position: cellAt(CELLS[units % CELLS.length] ?? ""),
                  quantity: { kind: HOURS, amount: decimal(units) },
                },
              ],
              reach: [],
            },
            metadata: meta(actors.teamLead, clock),
          }),
      ),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom(...CELLS),
        fc.integer({ min: -100, max: 100 }),
        fc.option(policyArb, { nil: undefined }),
      )
      .map(
        ([key, delta, policy]): Step =>
          (s, clock) => {
            const from = s.current.get(key)?.quantity ?? null;
            const next = add(from?.amount ?? ZERO, decimal(delta));
            return {
              type: "AmendAgreement",
              data: {
                agreementId: EXAMPLE_AGREEMENT_ID,
                amendmentId: `am-${s.eventCount}`,
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
                ...(policy === undefined ? {} : { policy: policy(s.policy.version + 1) }),
              },
              metadata: meta(actors.alderman, clock),
            };
          },
      ),
  },
);

const closing: Step = (_s, clock) => ({
  type: "CloseAgreement",
  data: {
    agreementId: EXAMPLE_AGREEMENT_ID,
    closedOn: clock.recordedAt.slice(0, 10),
    reason: "year ended",
    finalDetermination: { note: "vastgesteld", amount: { cents: 12345n } },
  },
  metadata: meta(actors.alderman, clock),
});

const timed = fc.tuple(
  fc.oneof({ weight: 300, arbitrary: step }, { weight: 1, arbitrary: fc.constant(closing) }),
  fc.integer({ min: 1, max: 2 * 24 * 60 }),
  fc.integer({ min: 0, max: 120 * 24 * 60 }),
);

/** The events of the signed example agreement, then of `steps` random commands. */
export const randomHistory = (steps: { minLength: number; maxLength: number }): fc.Arbitrary<DomainEvent[]> =>
  fc.array(timed, steps).map((commands) => {
    const events = exampleSignedEvents();
    let state = fold(agreementDecider.evolve, agreementDecider.initialState, events);
    let minutes = 0;
    for (const [build, advance, backdate] of commands) {
      minutes += advance;
      const recordedAt = new Date(START + minutes * 60_000).toISOString();
      const occurredAt = new Date(START + (minutes - backdate) * 60_000).toISOString();
      const decided = agreementDecider.decide(build(state, { recordedAt, occurredAt }), state);
      if (E.isLeft(decided)) continue;
      for (const e of decided.right) {
        events.push(e);
        state = agreementDecider.evolve(state, e);
      }
    }
    return events;
  });
