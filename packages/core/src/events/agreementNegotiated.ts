import * as t from "io-ts";
import { CellChange, ExpectedResultChange } from "../agreement/changes";
import { PositiveInt } from "../agreement/terms";
import { ReallocationPolicy } from "../policy/policy";
import { eventCodec } from "./envelope";

export const AgreementNegotiated = eventCodec(
  "AgreementNegotiated",
  1,
  t.intersection([
    t.type({
      round: PositiveInt,
      cellChanges: t.array(CellChange),
      expectedResultChanges: t.array(ExpectedResultChange),
    }),
    /** A new reallocation policy agreed in this round (with a higher version). */
    t.partial({ policy: ReallocationPolicy }),
  ]),
);
export type AgreementNegotiated = t.TypeOf<typeof AgreementNegotiated>;
