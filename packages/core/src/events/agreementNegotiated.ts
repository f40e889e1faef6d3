import * as t from "io-ts";
import { CellChange, ExpectedResultChange } from "../agreement/changes";
import { PositiveInt } from "../agreement/terms";
import { eventCodec } from "./envelope";

export const AgreementNegotiated = eventCodec(
  "AgreementNegotiated",
  1,
  t.type({
    round: PositiveInt,
    cellChanges: t.array(CellChange),
    expectedResultChanges: t.array(ExpectedResultChange),
  }),
);
export type AgreementNegotiated = t.TypeOf<typeof AgreementNegotiated>;
