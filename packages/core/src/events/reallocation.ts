import * as t from "io-ts";
import { CellEffect, Shift } from "../agreement/changes";
import { NonEmptyString } from "../agreement/terms";
import { eventCodec } from "./envelope";

export const ReallocationRequested = eventCodec(
  "ReallocationRequested",
  1,
  t.type({ requestId: NonEmptyString, shifts: t.array(Shift), reason: t.string }),
);
export type ReallocationRequested = t.TypeOf<typeof ReallocationRequested>;

/** Carries the before/after value of every touched cell, computed when it was approved. */
export const ReallocationApproved = eventCodec(
  "ReallocationApproved",
  1,
  t.type({ requestId: NonEmptyString, effects: t.array(CellEffect), reason: t.string }),
);
export type ReallocationApproved = t.TypeOf<typeof ReallocationApproved>;

export const ReallocationRejected = eventCodec(
  "ReallocationRejected",
  1,
  t.type({ requestId: NonEmptyString, reason: t.string }),
);
export type ReallocationRejected = t.TypeOf<typeof ReallocationRejected>;
