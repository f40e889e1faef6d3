import * as E from "fp-ts/Either";
import * as t from "io-ts";
import { NonEmptyString, NonNegativeInt } from "../agreement/terms";
import { ReportingPeriod } from "../calendar/reportingPeriod";
import { CellCodec } from "../cell/cell";
import { PositionCodec } from "../cell/position";
import { decodeProblems } from "../codec/decodeError";
import { NonNegativeDecimal, Quantity } from "../quantity/quantity";
import { HOURS } from "../quantity/unitKind";
import { REMARK_MAX_LENGTH, Remark } from "../results/text";
import { eventCodec } from "./envelope";

/**
 * Aggregate counts only (e.g. "12 trajectories moved from ZRM 1–2 to 3–4"). The event log is
 * immutable, so it must never hold personal data: no client names, no individual scores. The
 * label names a category and is bounded like the remark.
 */
export const OUTCOME_LABEL_MAX_LENGTH = 120;
export const OutcomeLabel = t.refinement(
  NonEmptyString,
  (s) => s.length <= OUTCOME_LABEL_MAX_LENGTH,
  "OutcomeLabel",
);
export const OutcomeCount = t.type({ label: OutcomeLabel, count: NonNegativeInt }, "OutcomeCount");
export type OutcomeCount = t.TypeOf<typeof OutcomeCount>;

export const RealisedEntry = t.type({ position: PositionCodec, quantity: Quantity }, "RealisedEntry");
export type RealisedEntry = t.TypeOf<typeof RealisedEntry>;

export const ReachEntry = t.type({ expectedResultId: NonEmptyString, reached: NonNegativeInt }, "ReachEntry");
export type ReachEntry = t.TypeOf<typeof ReachEntry>;

export const ResultReportData = t.intersection(
  [
    t.type({ period: ReportingPeriod, realised: t.array(RealisedEntry), reach: t.array(ReachEntry) }),
    t.partial({ remarks: Remark, outcomes: t.array(OutcomeCount) }),
  ],
  "ResultReportData",
);
export type ResultReportData = t.TypeOf<typeof ResultReportData>;

export const ResultReported = eventCodec("ResultReported", 3, ResultReportData);
export type ResultReported = t.TypeOf<typeof ResultReported>;

/** Version 2: remarks and outcome labels were unbounded text. Read only, through the upcaster. */
export const ResultReportedV2Data = t.intersection(
  [
    t.type({ period: ReportingPeriod, realised: t.array(RealisedEntry), reach: t.array(ReachEntry) }),
    t.partial({
      remarks: t.string,
      outcomes: t.array(t.type({ label: NonEmptyString, count: NonNegativeInt })),
    }),
  ],
  "ResultReportedV2Data",
);

// Older text longer than the bound is cut, visibly: the log keeps the original bytes, a reader sees the bound.
const cut = (s: string, max: number): string => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);

/**
 * v2 → v3: a remark longer than the bound is cut to it (ending in `…`), and so is an outcome
 * label; a blank remark, which v3 does not allow, is left out.
 */
export const upcastResultReportedV2 = (data: unknown) =>
  E.bimap(decodeProblems, (v2: t.TypeOf<typeof ResultReportedV2Data>) => {
    const { remarks, outcomes, ...rest } = ResultReportedV2Data.encode(v2);
    const v3: t.OutputOf<typeof ResultReportData> = {
      ...rest,
      ...(remarks === undefined || remarks.trim() === "" ? {} : { remarks: cut(remarks, REMARK_MAX_LENGTH) }),
      ...(outcomes === undefined
        ? {}
        : {
            outcomes: outcomes.map((o) => ({
              label: cut(o.label, OUTCOME_LABEL_MAX_LENGTH),
              count: o.count,
            })),
          }),
    };
    return v3 as unknown;
  })(ResultReportedV2Data.decode(data));

/** Version 1: realised units were hours per cell, implied; no outcome counts. Read only, through the upcaster. */
export const ResultReportedV1Data = t.intersection(
  [
    t.type({
      period: ReportingPeriod,
      realised: t.array(t.type({ cell: CellCodec, hours: NonNegativeDecimal })),
      reach: t.array(ReachEntry),
    }),
    t.partial({ remarks: t.string }),
  ],
  "ResultReportedV1Data",
);

/** v1 → v2: each `{ cell, hours }` becomes `{ position: cell, quantity: { kind: "hours", amount } }`. */
export const upcastResultReportedV1 = (data: unknown) =>
  E.bimap(decodeProblems, (v1: t.TypeOf<typeof ResultReportedV1Data>) => {
    const v2: t.OutputOf<typeof ResultReportedV2Data> = {
      period: v1.period,
      realised: v1.realised.map((r) => ({
        position: { ...r.cell },
        quantity: { kind: HOURS, amount: NonNegativeDecimal.encode(r.hours) },
      })),
      reach: v1.reach,
      ...(v1.remarks === undefined ? {} : { remarks: v1.remarks }),
    };
    return v2 as unknown;
  })(ResultReportedV1Data.decode(data));
