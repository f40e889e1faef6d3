import * as t from "io-ts";
import { NonEmptyString } from "../agreement/terms";
import { ResultReportData } from "../events/resultReported";
import { commandCodec } from "./envelope";

export const ReportResult = commandCodec(
  "ReportResult",
  t.intersection([t.type({ agreementId: NonEmptyString }), ResultReportData]),
);
export type ReportResult = t.TypeOf<typeof ReportResult>;
