import type { RecordResultsFramework, ReportResultsMeasurement } from "../commands/resultsFramework";
import type { Actor, Recorded } from "../provenance/metadata";
import type { ResultsFramework } from "../results/framework";
import type { ResultsMeasurement } from "../results/measurement";
import { EXAMPLE_AGREEMENT_ID, actors, commandMetadata } from "./builders";

export const recordResultsFramework = (
  framework: ResultsFramework,
  actor: Actor = actors.policyOfficer,
): Recorded<RecordResultsFramework> => ({
  type: "RecordResultsFramework",
  data: { agreementId: EXAMPLE_AGREEMENT_ID, framework, reason: "opdrachtformulier Wmo 2013-2016" },
  metadata: commandMetadata(actor),
});

export const reportResultsMeasurement = (
  measurement: ResultsMeasurement,
  actor: Actor = actors.teamLead,
  reportId = `meting-${measurement.period}`,
): Recorded<ReportResultsMeasurement> => ({
  type: "ReportResultsMeasurement",
  data: { agreementId: EXAMPLE_AGREEMENT_ID, measurement, reportId },
  metadata: commandMetadata(actor),
});
