import * as E from "fp-ts/Either";
import * as t from "io-ts";
import { normaliseWorkType } from "../cell/cell";
import { PositionCodec } from "../cell/position";
import { isNonBlank } from "../codec/text";
import { IsoDate } from "../provenance/metadata";
import { MoneyFromCents } from "../quantity/money";

/**
 * The vocabulary of an agreement shared by commands and events: who the parties are, the
 * period, result areas, expected results, tariffs and signatures.
 */

export const NonEmptyString = t.refinement(t.string, isNonBlank, "NonEmptyString");

export const NonNegativeInt = t.refinement(t.Int, (n) => n >= 0, "NonNegativeInt");
export const PositiveInt = t.refinement(t.Int, (n) => n >= 1, "PositiveInt");

export const Party = t.keyof({ municipality: null, provider: null }, "Party");
export type Party = t.TypeOf<typeof Party>;
export const PARTIES: readonly Party[] = ["municipality", "provider"];

export const Organisation = t.type({ id: NonEmptyString, name: NonEmptyString }, "Organisation");
export type Organisation = t.TypeOf<typeof Organisation>;

export const AgreementPeriod = t.type({ start: IsoDate, end: IsoDate }, "AgreementPeriod");
export type AgreementPeriod = t.TypeOf<typeof AgreementPeriod>;

export const ResultArea = t.type({ code: NonEmptyString, name: t.string }, "ResultArea");
export type ResultArea = t.TypeOf<typeof ResultArea>;

/** A work type code, normalised on decoding (`SCW 1` → `SCW1`). */
export const WorkTypeCode = new t.Type<string, string, unknown>(
  "WorkTypeCode",
  (u): u is string => typeof u === "string" && u.length > 0 && normaliseWorkType(u) === u,
  (u, c) => E.map(normaliseWorkType)(NonEmptyString.validate(u, c)),
  (s) => s,
);

/** What the parties expect an activity in some cell(s) to achieve, e.g. reach 40 residents by 2007-12-31. */
export const ExpectedResult = t.intersection(
  [
    t.type({
      id: NonEmptyString,
      activity: NonEmptyString,
      positions: t.array(PositionCodec),
      deadline: IsoDate,
    }),
    t.partial({ targetReach: NonNegativeInt, description: t.string }),
  ],
  "ExpectedResult",
);
export type ExpectedResult = t.TypeOf<typeof ExpectedResult>;

export const Tariff = t.type({ workType: WorkTypeCode, tariff: MoneyFromCents }, "Tariff");
export type Tariff = t.TypeOf<typeof Tariff>;

export const Signature = t.intersection(
  [t.type({ person: NonEmptyString, role: NonEmptyString, date: IsoDate }), t.partial({ mandate: t.string })],
  "Signature",
);
export type Signature = t.TypeOf<typeof Signature>;

/** A person acting for a party, as named in an amendment. */
export const Representative = t.type({ person: NonEmptyString, role: NonEmptyString }, "Representative");
export type Representative = t.TypeOf<typeof Representative>;
