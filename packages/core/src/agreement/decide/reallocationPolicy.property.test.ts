import fc from "fast-check";
import * as E from "fp-ts/Either";
import { describe, expect, it } from "vitest";
import { cellKey } from "../../cell/cell";
import { positionKey } from "../../cell/position";
import { fold } from "../../decider/decider";
import { totalsByKind } from "../../matrix/matrix";
import { evaluate } from "../../policy/evaluate";
import { ReallocationPolicy } from "../../policy/policy";
import { ZERO, compare, toDecimalString } from "../../quantity/decimal";
import {
  actors,
  approveReallocation,
  exampleContract,
  proposeExample,
  requestReallocation,
  run,
  shift,
  signBy,
} from "../../testing";
import { agreementDecider } from "../decider";
import { reallocationContextOf } from "../reallocationPolicy";
import type { AgreementState } from "../state";

const cellKeys = exampleContract
  .filter((e) => e.position.district !== undefined)
  .map((e) => positionKey(e.position));

const policyArb = fc
  .record({
    cumulativeThreshold: fc.constantFrom("0", "5", "10", "50"),
    acrossResultAreas: fc.constantFrom("allow", "needs-approval", "forbid"),
    protectedCells: fc.subarray(cellKeys, { maxLength: 2 }),
    receiveOnlyCells: fc.subarray(cellKeys, { maxLength: 2 }),
  })
  .map((fields) => {
    const decoded = ReallocationPolicy.decode({ version: 1, ...fields });
    if (E.isLeft(decoded)) throw new Error("invalid generated policy");
    return decoded.right;
  });

const step = fc.oneof(
  fc.record({
    kind: fc.constant("request" as const),
    from: fc.constantFrom(...cellKeys),
    to: fc.constantFrom(...cellKeys),
    amount: fc.integer({ min: 1, max: 400 }),
  }),
  fc.record({ kind: fc.constant("approve" as const), which: fc.nat() }),
);

describe("the decider under a random policy", () => {
  it("records exactly what the policy said, and never applies what a rule forbids", () => {
    fc.assert(
      fc.property(policyArb, fc.array(step, { maxLength: 12 }), (policy, steps) => {
        let { events } = run([proposeExample({ policy }), signBy("provider"), signBy("municipality")]);
        let state: AgreementState = fold(agreementDecider.evolve, agreementDecider.initialState, events);
        const totals = totalsByKind(state.baseline);
        steps.forEach((s, i) => {
          const pending = [...state.pendingReallocations.keys()];
          const command =
            s.kind === "request"
              ? requestReallocation(`r${i}`, [shift(s.from, s.to, s.amount)])
              : pending.length > 0
                ? approveReallocation(pending[s.which % pending.length]!)
                : undefined;
          if (command === undefined) return;
          const expected =
            command.type === "RequestReallocation"
              ? evaluate(
                  state.policy,
                  reallocationContextOf(state),
                  command.data.shifts,
                  command.metadata.occurredAt,
                )
              : undefined;
          const decided = agreementDecider.decide(command, state);
          // A request is refused exactly when the policy forbids it.
          if (expected !== undefined) expect(E.isLeft(decided)).toBe(expected.outcome === "forbidden");
          if (E.isLeft(decided)) return;
          for (const event of decided.right) {
            if (event.type === "ReallocationApplied" || event.type === "ReallocationRequested") {
              expect(event.data.verdicts).toEqual(expected?.verdicts);
              expect(event.type === "ReallocationApplied" ? "allowed" : "needs-approval").toBe(
                expected?.outcome,
              );
            }
            if (event.type === "ReallocationApproved") {
              expect(event.data.verdicts.some((v) => v.outcome === "forbidden")).toBe(false);
            }
          }
          events = [...events, ...decided.right];
          state = fold(agreementDecider.evolve, state, decided.right);
          for (const e of state.current.values())
            expect(compare(e.quantity.amount, ZERO)).toBeGreaterThanOrEqual(0);
          const now = totalsByKind(state.current);
          for (const [kind, total] of totals)
            expect(toDecimalString(now.get(kind)!)).toBe(toDecimalString(total));
          for (const key of policy.protectedCells.map(cellKey)) {
            expect(state.current.get(key)?.quantity).toEqual(state.baseline.get(key)?.quantity);
          }
        });
      }),
      { numRuns: 120 },
    );
  });

  it("lets no one approve their own request", () => {
    const { events } = run([
      proposeExample(),
      signBy("provider"),
      signBy("municipality"),
      requestReallocation("r1", [shift("6/OBW/Stad", "2/OBW/Stad", 5)], actors.policyOfficer),
    ]);
    const state = fold(agreementDecider.evolve, agreementDecider.initialState, events);
    const self = agreementDecider.decide(approveReallocation("r1", actors.policyOfficer), state);
    expect(E.isLeft(self) && self.left._tag).toBe("FourEyesViolation");
  });
});
