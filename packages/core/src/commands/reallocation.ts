import * as t from "io-ts";
import { Shift } from "../agreement/changes";
import { NonEmptyString } from "../agreement/terms";
import { commandCodec } from "./envelope";

export const RequestReallocation = commandCodec(
  "RequestReallocation",
  t.type({
    agreementId: NonEmptyString,
    requestId: NonEmptyString,
    shifts: t.array(Shift),
    reason: t.string,
  }),
);
export type RequestReallocation = t.TypeOf<typeof RequestReallocation>;

export const ApproveReallocation = commandCodec(
  "ApproveReallocation",
  t.type({ agreementId: NonEmptyString, requestId: NonEmptyString, reason: t.string }),
);
export type ApproveReallocation = t.TypeOf<typeof ApproveReallocation>;

export const RejectReallocation = commandCodec(
  "RejectReallocation",
  t.type({ agreementId: NonEmptyString, requestId: NonEmptyString, reason: t.string }),
);
export type RejectReallocation = t.TypeOf<typeof RejectReallocation>;
