import * as t from "io-ts";
import { NonEmptyString } from "../agreement/terms";
import { ResultsFramework } from "../results/framework";
import { ResultsMeasurement } from "../results/measurement";
import { eventCodec } from "./envelope";

/** The agreement's results framework as agreed: it replaces the one before. */
export const ResultsFrameworkRecorded = eventCodec(
  "ResultsFrameworkRecorded",
  1,
  t.type({ framework: ResultsFramework, reason: t.string }),
);
export type ResultsFrameworkRecorded = t.TypeOf<typeof ResultsFrameworkRecorded>;

/** A period's measurements against the framework; a later one for the same period is a correction. */
export const ResultsMeasured = eventCodec(
  "ResultsMeasured",
  1,
  t.type({ measurement: ResultsMeasurement, reportId: NonEmptyString }),
);
export type ResultsMeasured = t.TypeOf<typeof ResultsMeasured>;
