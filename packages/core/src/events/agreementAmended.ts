import * as t from "io-ts";
import { CellChange, ExpectedResultChange } from "../agreement/changes";
import { NonEmptyString, Representative } from "../agreement/terms";
import { eventCodec } from "./envelope";

/** Changes the baseline and the current matrix alike, and starts a new "since baseline" reallocation history. */
export const AgreementAmended = eventCodec(
  "AgreementAmended",
  1,
  t.type({
    amendmentId: NonEmptyString,
    changes: t.array(CellChange),
    expectedResultChanges: t.array(ExpectedResultChange),
    agreedBy: t.type({ municipality: Representative, provider: Representative }),
    reason: t.string,
  }),
);
export type AgreementAmended = t.TypeOf<typeof AgreementAmended>;
