import * as t from "io-ts";
import { NonEmptyString } from "../agreement/terms";
import { ResultsFramework } from "../results/framework";
import { ResultsMeasurement } from "../results/measurement";
import { commandCodec } from "./envelope";

/** Records (or replaces) the agreement's results framework: goals, effects, indicators, reach, milestones. */
export const RecordResultsFramework = commandCodec(
  "RecordResultsFramework",
  t.type({ agreementId: NonEmptyString, framework: ResultsFramework, reason: t.string }),
);
export type RecordResultsFramework = t.TypeOf<typeof RecordResultsFramework>;

/** Reports a period's indicator values, realised reach, effect aggregates and milestones reached. */
export const ReportResultsMeasurement = commandCodec(
  "ReportResultsMeasurement",
  t.type({ agreementId: NonEmptyString, measurement: ResultsMeasurement, reportId: NonEmptyString }),
);
export type ReportResultsMeasurement = t.TypeOf<typeof ReportResultsMeasurement>;
