import * as t from "io-ts";
import {
  AgreementPeriod,
  ExpectedResult,
  NonEmptyString,
  Organisation,
  ResultArea,
  Tariff,
} from "../agreement/terms";
import { MatrixEntry } from "../matrix/matrix";
import { ReallocationPolicy } from "../policy/policy";
import { eventCodec } from "./envelope";

export const AgreementProposedData = t.intersection(
  [
    t.type({
      agreementId: NonEmptyString,
      municipality: Organisation,
      provider: Organisation,
      period: AgreementPeriod,
      frameworkAgreement: t.string,
      resultAreas: t.array(ResultArea),
      /** At cell or row granularity: the 2007 offer is known per (result area, work type) only. */
      offer: t.array(MatrixEntry),
      expectedResults: t.array(ExpectedResult),
      tariffs: t.array(Tariff),
    }),
    /** Absent: the default policy. Negotiable until signing; then only an amendment changes it. */
    t.partial({ policy: ReallocationPolicy }),
  ],
  "AgreementProposedData",
);

export const AgreementProposed = eventCodec("AgreementProposed", 1, AgreementProposedData);
export type AgreementProposed = t.TypeOf<typeof AgreementProposed>;
