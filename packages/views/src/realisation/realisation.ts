import {
  ExpectedResult,
  type JsonObject,
  PositionCodec,
  ResultsFramework,
  ResultsMeasurement,
} from "@grant-ledger/core";
import type { ViewEvent } from "../event/viewEvent";
import { changeRows, entryRows } from "../offerVersusContract/matrixRows";
import { provenanceJson, quantityJson } from "../rows/encoding";
import { type RowReader, type RowView, type RowWrite, foldOf, revisionKey } from "../rows/rows";

export const AGREEMENT = "agreement";
export const PLAN = "plan";
export const REPORT = "report";
export const EXPECTED = "expected";
export const FRAMEWORK = "framework";
export const MEASUREMENT = "measurement";
/** Present once both parties signed: from then on results are judged against the plan. */
export const SIGNED = "signed";

const expectedRow = (r: ExpectedResult): JsonObject => ExpectedResult.encode(r) as unknown as JsonObject;

const expectedChanges = (
  changes: readonly { change: string; expectedResult: ExpectedResult }[],
): RowWrite[] =>
  changes.map((c) => ({
    group: EXPECTED,
    key: c.expectedResult.id,
    row: c.change === "removed" ? null : expectedRow(c.expectedResult),
  }));

/**
 * What realisation is compared with, as rows: the plan (the contract as it stands: signed
 * baseline, applied reallocations, amendments), every result report (append-only, keyed by
 * period and revision, so a correction keeps what it replaced) and the expected results;
 * the results framework and its measurements per period (version 2); whether it is signed, so
 * that positions the plan does not fund are shown (version 3).
 */
export const realisation: RowView = {
  name: "realisation",
  version: 3,
  step: (e: ViewEvent, _rows: RowReader): readonly RowWrite[] => {
    const event = e.event;
    switch (event.type) {
      case "AgreementProposed":
        return [
          { group: AGREEMENT, key: "", row: { agreementId: event.data.agreementId } },
          ...event.data.expectedResults.map((r) => ({ group: EXPECTED, key: r.id, row: expectedRow(r) })),
        ];
      case "AgreementNegotiated":
        return expectedChanges(event.data.expectedResultChanges);
      case "AgreementSigned":
        return [{ group: SIGNED, key: "", row: { signed: true } }, ...entryRows(PLAN, event.data.baseline)];
      case "ReallocationApplied":
      case "ReallocationApproved":
        return entryRows(
          PLAN,
          event.data.effects.map((x) => ({ position: x.cell, quantity: x.after })),
        );
      case "AgreementAmended":
        return [
          ...changeRows(PLAN, event.data.changes),
          ...expectedChanges(event.data.expectedResultChanges),
        ];
      case "ResultReported": {
        const p = provenanceJson(e);
        const d = event.data;
        return [
          {
            group: REPORT,
            key: `${d.period}|${revisionKey(e.revision)}`,
            row: {
              period: d.period,
              revision: e.revision,
              reportedBy: p.actor,
              occurredAt: p.occurredAt,
              recordedAt: p.recordedAt,
              remarks: d.remarks ?? null,
              realised: d.realised.map((r) => ({
                position: PositionCodec.encode(r.position) as unknown as JsonObject,
                quantity: quantityJson(r.quantity),
              })),
              reach: d.reach.map((r) => ({ expectedResultId: r.expectedResultId, reached: r.reached })),
            },
          },
        ];
      }
      case "ResultsFrameworkRecorded":
        return [
          {
            group: FRAMEWORK,
            key: "",
            row: ResultsFramework.encode(event.data.framework) as unknown as JsonObject,
          },
        ];
      case "ResultsMeasured": {
        const p = provenanceJson(e);
        const m = event.data.measurement;
        return [
          {
            group: MEASUREMENT,
            key: `${m.period}|${revisionKey(e.revision)}`,
            row: {
              period: m.period,
              revision: e.revision,
              reportedBy: p.actor,
              recordedAt: p.recordedAt,
              reportId: event.data.reportId,
              measurement: ResultsMeasurement.encode(m) as unknown as JsonObject,
            },
          },
        ];
      }
      default:
        return [];
    }
  },
};

export const realisationFold = foldOf(realisation);
