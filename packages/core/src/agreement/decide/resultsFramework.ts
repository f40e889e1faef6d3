import * as E from "fp-ts/Either";
import { pipe } from "fp-ts/function";
import type { RecordResultsFramework, ReportResultsMeasurement } from "../../commands/resultsFramework";
import type { ResultsFrameworkRecorded, ResultsMeasured } from "../../events/resultsFramework";
import { type Recorded, eventMetadataFrom } from "../../provenance/metadata";
import { frameworkProblemCode, frameworkProblemText } from "../../results/consistency";
import type { ResultsFramework } from "../../results/framework";
import { type ResultsMeasurement, SATISFACTION_MINIMUM_N } from "../../results/measurement";
import { type DomainError, domainError } from "../errors";
import type { AgreementState } from "../state";
import { requireOpenAgreement, requirePeriodWithinAgreement, requireReason, requireSigned } from "./guards";

/**
 * Either party may record the framework while negotiating; once signed it is part of the
 * contract, so only the municipality replaces it (as with the budget).
 */
export const decideRecordResultsFramework = (
  cmd: Recorded<RecordResultsFramework>,
  state: AgreementState,
): E.Either<DomainError, ResultsFrameworkRecorded[]> =>
  pipe(
    requireOpenAgreement(cmd, state),
    E.tap((s) =>
      s.status === "signed" && cmd.metadata.actor.role !== "municipality"
        ? E.left(
            domainError(
              "PartyNotAllowed",
              `${cmd.metadata.actor.person} acts as ${cmd.metadata.actor.role}: only the municipality changes the results framework of a signed agreement`,
              {
                role: cmd.metadata.actor.role,
                what: "changes the results framework of a signed agreement",
                action: "change-signed-results-framework",
              },
            ),
          )
        : E.right(undefined),
    ),
    E.tap(() => requireReason(cmd.data.reason, "a results framework", { kind: "results-framework" })),
    E.tap(() => {
      const code = frameworkProblemCode(cmd.data.framework);
      if (code === undefined) return E.right(undefined);
      const problem = frameworkProblemText(code);
      return E.left(
        domainError("InvalidResultsFramework", `results framework: ${problem}`, { problem, code }),
      );
    }),
    E.map(() => [
      {
        type: "ResultsFrameworkRecorded" as const,
        schemaVersion: 1 as const,
        data: { framework: cmd.data.framework, reason: cmd.data.reason },
        metadata: eventMetadataFrom(cmd.metadata, cmd.data.reason),
      },
    ]),
  );

const unknown = (what: string, id: string) =>
  E.left(domainError("UnknownFrameworkItem", `the results framework has no ${what} ${id}`, { what, id }));

const twice = (what: string, period: string, id: string) =>
  E.left(
    domainError("DuplicatePosition", `the measurement for ${period} gives ${what} ${id} twice`, {
      position: `${what} ${id}`,
    }),
  );

/** Every id a measurement names is in the framework, once; reach is counted as the service plans it. */
const measurementProblem = (f: ResultsFramework, m: ResultsMeasurement): E.Either<DomainError, void> => {
  const lists: readonly [string, readonly string[], ReadonlySet<string>][] = [
    ["indicator", m.indicators.map((i) => i.indicatorId), new Set(f.indicators.map((i) => i.id))],
    ["service", m.reach.map((r) => r.serviceId), new Set(f.services.map((s) => s.id))],
    ["milestone", m.milestones.map((o) => o.milestoneId), new Set(f.milestones.map((o) => o.id))],
    [
      "indicator",
      m.effects.flatMap((e) => (e.kind === "zrmTransition" ? [] : [e.indicatorId])),
      new Set(f.indicators.map((i) => i.id)),
    ],
  ];
  for (const [what, ids, known] of lists) {
    const seen = new Set<string>();
    for (const id of ids) {
      if (!known.has(id)) return unknown(what, id);
      if (seen.has(id)) return twice(what, m.period, id);
      seen.add(id);
    }
  }
  for (const e of m.effects) {
    if (e.kind === "zrmTransition") continue;
    const n = e.kind === "satisfactionMean" ? e.n : e.counts.reduce((sum, c) => sum + c.count, 0);
    if (n < SATISFACTION_MINIMUM_N)
      return E.left(
        domainError(
          "SatisfactionSampleTooSmall",
          `indicator ${e.indicatorId}: a satisfaction score over ${n} answer${n === 1 ? "" : "s"} can identify a resident; at least ${SATISFACTION_MINIMUM_N} are needed`,
          { indicatorId: e.indicatorId, n, minimum: SATISFACTION_MINIMUM_N },
        ),
      );
  }
  for (const r of m.reach) {
    const seen = new Set<string>();
    for (const c of r.categories ?? []) {
      if (seen.has(c.category)) return twice(`category ${c.category} of service`, m.period, r.serviceId);
      seen.add(c.category);
    }
  }
  for (const r of m.reach) {
    // Categories partition what is counted; one left out is allowed (not measured), more is not.
    const split = (r.categories ?? []).reduce((sum, c) => sum + c.count, 0);
    if (split > r.realised)
      return E.left(
        domainError(
          "ReachSplitAboveReach",
          `service ${r.serviceId}: the measurement for ${m.period} splits its reach into categories that count ${split}, more than the realised reach of ${r.realised}`,
          { serviceId: r.serviceId, period: m.period, split: String(split), realised: String(r.realised) },
        ),
      );
  }
  const services = new Map(f.services.map((s) => [s.id, s]));
  for (const r of m.reach) {
    const planned = services.get(r.serviceId);
    if (planned !== undefined && planned.counting !== r.counting)
      return E.left(
        domainError(
          "ReachCountingMismatch",
          `service ${r.serviceId} counts ${planned.counting}, the measurement for ${m.period} reports ${r.counting}`,
          { serviceId: r.serviceId, planned: planned.counting, reported: r.counting },
        ),
      );
  }
  return E.right(undefined);
};

export const decideReportResultsMeasurement = (
  cmd: Recorded<ReportResultsMeasurement>,
  state: AgreementState,
): E.Either<DomainError, ResultsMeasured[]> =>
  pipe(
    requireSigned(cmd, state),
    E.flatMap((s) =>
      s.resultsFramework.framework === undefined
        ? E.left(
            domainError(
              "NoResultsFramework",
              `agreement ${s.agreementId} has no results framework to measure against`,
              {
                agreementId: s.agreementId,
              },
            ),
          )
        : E.right(s.resultsFramework.framework),
    ),
    E.tap(() => requirePeriodWithinAgreement(cmd.data.measurement.period, state)),
    E.tap((f) => measurementProblem(f, cmd.data.measurement)),
    E.map(() => [
      {
        type: "ResultsMeasured" as const,
        schemaVersion: 1 as const,
        data: { measurement: cmd.data.measurement, reportId: cmd.data.reportId },
        metadata: eventMetadataFrom(cmd.metadata),
      },
    ]),
  );
