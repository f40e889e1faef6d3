import * as t from "io-ts";
import { CellChange, ExpectedResultChange } from "../agreement/changes";
import { NonEmptyString, Party, PositiveInt, Representative, Signature } from "../agreement/terms";
import { FinalDetermination } from "../events/agreementClosed";
import { AgreementProposedData } from "../events/agreementProposed";
import { ReallocationPolicy } from "../policy/policy";
import { IsoDate } from "../provenance/metadata";
import { commandCodec } from "./envelope";

export const ProposeAgreement = commandCodec("ProposeAgreement", AgreementProposedData);
export type ProposeAgreement = t.TypeOf<typeof ProposeAgreement>;

export const NegotiateAgreement = commandCodec(
  "NegotiateAgreement",
  t.intersection([
    t.type({
      agreementId: NonEmptyString,
      round: PositiveInt,
      cellChanges: t.array(CellChange),
      expectedResultChanges: t.array(ExpectedResultChange),
    }),
    t.partial({ policy: ReallocationPolicy }),
  ]),
);
export type NegotiateAgreement = t.TypeOf<typeof NegotiateAgreement>;

export const SignAgreement = commandCodec(
  "SignAgreement",
  t.type({ agreementId: NonEmptyString, party: Party, signature: Signature }),
);
export type SignAgreement = t.TypeOf<typeof SignAgreement>;

export const AmendAgreement = commandCodec(
  "AmendAgreement",
  t.intersection([
    t.type({
      agreementId: NonEmptyString,
      amendmentId: NonEmptyString,
      changes: t.array(CellChange),
      expectedResultChanges: t.array(ExpectedResultChange),
      agreedBy: t.type({ municipality: Representative, provider: Representative }),
      reason: t.string,
    }),
    t.partial({ policy: ReallocationPolicy }),
  ]),
);
export type AmendAgreement = t.TypeOf<typeof AmendAgreement>;

export const CloseAgreement = commandCodec(
  "CloseAgreement",
  t.intersection([
    t.type({ agreementId: NonEmptyString, closedOn: IsoDate, reason: t.string }),
    t.partial({ finalDetermination: FinalDetermination }),
  ]),
);
export type CloseAgreement = t.TypeOf<typeof CloseAgreement>;
