import * as t from "io-ts";
import { CellChange, ExpectedResultChange } from "../agreement/changes";
import { NonEmptyString, Representative } from "../agreement/terms";
import { ReallocationPolicy } from "../policy/policy";
import { eventCodec } from "./envelope";

/** Changes the baseline and the current matrix alike, and starts a new "since baseline" reallocation history. */
export const AgreementAmended = eventCodec(
  "AgreementAmended",
  1,
  t.intersection([
    t.type({
      amendmentId: NonEmptyString,
      changes: t.array(CellChange),
      expectedResultChanges: t.array(ExpectedResultChange),
      agreedBy: t.type({ municipality: Representative, provider: Representative }),
      reason: t.string,
    }),
    /** A new reallocation policy (with a higher version), agreed by both parties. */
    t.partial({ policy: ReallocationPolicy }),
  ]),
);
export type AgreementAmended = t.TypeOf<typeof AgreementAmended>;
