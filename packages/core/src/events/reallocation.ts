import * as E from "fp-ts/Either";
import * as t from "io-ts";
import { CellEffect, Shift } from "../agreement/changes";
import { NonEmptyString } from "../agreement/terms";
import { decodeProblems } from "../codec/decodeError";
import { Verdict } from "../policy/verdict";
import { eventCodec } from "./envelope";

/** The policy version a decision used; 0 marks decisions recorded before policies existed. */
export const DecisionPolicyVersion = t.refinement(
  t.number,
  (n) => Number.isInteger(n) && n >= 0,
  "DecisionPolicyVersion",
);

/** The decision trace of a policy evaluation: every rule's verdict and the policy version. */
const Trace = { verdicts: t.array(Verdict), policyVersion: DecisionPolicyVersion };

const RequestedV1Data = t.type({ requestId: NonEmptyString, shifts: t.array(Shift), reason: t.string });

/** v2 adds the verdicts that made the request wait for approval, and the policy version. */
export const ReallocationRequested = eventCodec(
  "ReallocationRequested",
  2,
  t.type({ requestId: NonEmptyString, shifts: t.array(Shift), reason: t.string, ...Trace }),
);
export type ReallocationRequested = t.TypeOf<typeof ReallocationRequested>;

/** A request the policy allowed: applied at once, with the verdicts that allowed it. */
export const ReallocationApplied = eventCodec(
  "ReallocationApplied",
  1,
  t.type({
    requestId: NonEmptyString,
    shifts: t.array(Shift),
    effects: t.array(CellEffect),
    reason: t.string,
    ...Trace,
  }),
);
export type ReallocationApplied = t.TypeOf<typeof ReallocationApplied>;

const ApprovedV1Data = t.type({ requestId: NonEmptyString, effects: t.array(CellEffect), reason: t.string });

/**
 * Carries the before/after value of every touched cell, computed when it was approved.
 * v2 adds the verdicts of the re-evaluation at approval time (four eyes and approver role
 * included) and the policy version.
 */
export const ReallocationApproved = eventCodec(
  "ReallocationApproved",
  2,
  t.type({ requestId: NonEmptyString, effects: t.array(CellEffect), reason: t.string, ...Trace }),
);
export type ReallocationApproved = t.TypeOf<typeof ReallocationApproved>;

export const ReallocationRejected = eventCodec(
  "ReallocationRejected",
  1,
  t.type({ requestId: NonEmptyString, reason: t.string }),
);
export type ReallocationRejected = t.TypeOf<typeof ReallocationRejected>;

/** v1 events were decided before the policy engine: no verdicts, policy version 0. */
const withoutTrace = (v1: t.Decoder<unknown, unknown>) => (data: unknown) =>
  E.bimap(
    decodeProblems,
    () => ({ ...(data as object), verdicts: [], policyVersion: 0 }) as unknown,
  )(v1.decode(data));

export const upcastReallocationRequestedV1 = withoutTrace(RequestedV1Data);
export const upcastReallocationApprovedV1 = withoutTrace(ApprovedV1Data);
