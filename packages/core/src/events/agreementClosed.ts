import * as t from "io-ts";
import { IsoDate } from "../provenance/metadata";
import { MoneyFromCents } from "../quantity/money";
import { eventCodec } from "./envelope";

export const FinalDetermination = t.intersection(
  [t.type({ note: t.string }), t.partial({ amount: MoneyFromCents })],
  "FinalDetermination",
);
export type FinalDetermination = t.TypeOf<typeof FinalDetermination>;

export const AgreementClosed = eventCodec(
  "AgreementClosed",
  1,
  t.intersection([
    t.type({ closedOn: IsoDate, reason: t.string }),
    t.partial({ finalDetermination: FinalDetermination }),
  ]),
);
export type AgreementClosed = t.TypeOf<typeof AgreementClosed>;
