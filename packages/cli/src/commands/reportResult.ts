import {
  type AgreementState,
  ResultReportData,
  ResultsMeasurement,
  cellKey,
  daysOfPeriod,
  evaluateIndicator,
  isCell,
  matrixEntries,
  milestoneState,
  totalsByKind,
} from "@grant-ledger/core";
import { NonEmptyString } from "@grant-ledger/core";
import type { Command } from "commander";
import * as E from "fp-ts/Either";
import * as t from "io-ts";
import { type LedgerFlags, recordedJson, runOnAgreement } from "../agreement/ledgerCommand";
import { defineLifecycle } from "../agreement/lifecycleDefine";
import { totalsJson } from "../format/exactJson";
import { agreementCell, agreementKind } from "../input/agreementCells";
import { readInputFile } from "../input/inputFile";
import { type CommandIo, processIo } from "../io/commandIo";
import type { Messages } from "../messages/catalogue";
import type { CliFailure } from "../runner/cliFailure";
import { runDefined } from "../runner/runCommand";
import { openStore } from "../store/openStore";
import type { StoreOpener } from "../store/storeAccess";

interface ReportFlags extends LedgerFlags {
  readonly agreement: string;
  readonly framework?: boolean;
}

/** With --framework: a measurement against the results framework, with an optional report id. */
const MeasurementFile = t.intersection([ResultsMeasurement, t.partial({ reportId: NonEmptyString })]);
type MeasurementFile = t.TypeOf<typeof MeasurementFile>;

/** Every realised cell and unit kind must be one of the agreement's, as for --from and --kind. */
const checkAgainst = (
  report: ResultReportData,
  state: AgreementState,
  file: string,
  m: Messages,
): E.Either<CliFailure, ResultReportData> => {
  for (const [i, entry] of report.realised.entries()) {
    const where = `${file}: realised[${i}]`;
    if (isCell(entry.position)) {
      const known = agreementCell(`${where}.position`, cellKey(entry.position), state, m);
      if (E.isLeft(known)) return known;
    }
    const kind = agreementKind(entry.quantity.kind, state, m);
    if (E.isLeft(kind)) return kind;
  }
  return E.right(report);
};

const define = defineLifecycle<ReportFlags, "report-result">({
  name: "report-result",
  argument: "<file>",
  options: (c: Command, h) =>
    c.option("--reason <text>", h.options["--reason"]).option("--framework", h.options["--framework"]),
  run: ({ file, flags, io, open }) =>
    flags.framework === true
      ? runMeasurement(file as string, flags, io, open)
      : runOnAgreement(flags, io, open, {
          build: async (state, _actor, ctx) =>
            E.map((report: ResultReportData) => ({
              type: "ReportResult",
              data: { agreementId: state.agreementId, ...ResultReportData.encode(report) },
            }))(
              E.flatMap((r: ResultReportData) => checkAgainst(r, state, file as string, ctx.m))(
                await readInputFile(file as string, ResultReportData, ctx.m),
              ),
            ),
          report: (recorded, ctx) => {
            const s = recorded.state;
            const event = recorded.events.find((e) => e.type === "ResultReported");
            if (event?.type !== "ResultReported")
              return ctx.fail({ kind: "usage", message: ctx.m.failure.notRecorded("report-result") });
            const realised = totalsByKind(event.data.realised);
            const contract = totalsByKind(matrixEntries(s.baseline));
            const correction = (s.results.get(event.data.period)?.corrections ?? 0) > 0;
            if (ctx.json)
              ctx.printJson(
                recordedJson(recorded, s.agreementId, {
                  period: event.data.period,
                  correction,
                  realised: totalsJson(realised),
                  contract: totalsJson(contract),
                }),
              );
            else {
              const shares = [...realised]
                .map(([kind, amount]) => {
                  const whole = contract.get(kind);
                  const text = ctx.formats.quantity({ kind, amount });
                  return whole === undefined
                    ? text
                    : `${text} (${ctx.m.lifecycle.realisation(ctx.formats.share(amount, whole))})`;
                })
                .join(ctx.m.lifecycle.and);
              io.out(
                ctx.m.lifecycle.reported(
                  s.agreementId,
                  event.data.period,
                  shares || ctx.m.lifecycle.nothing,
                  correction,
                ),
              );
            }
            return 0;
          },
        }),
});

/** `--framework`: a period's indicators, reach, effect aggregates and milestones against the results framework. */
const runMeasurement = (file: string, flags: ReportFlags, io: CommandIo, open: StoreOpener) =>
  runOnAgreement(flags, io, open, {
    build: async (state, _actor, ctx) =>
      E.map((m: MeasurementFile) => {
        const { reportId, ...measurement } = m;
        return {
          type: "ReportResultsMeasurement" as const,
          data: {
            agreementId: state.agreementId,
            measurement: ResultsMeasurement.encode(measurement),
            reportId: reportId ?? `meting-${measurement.period}`,
          },
        };
      })(await readInputFile(file, MeasurementFile, ctx.m)),
    report: (recorded, ctx) => {
      const s = recorded.state;
      const event = recorded.events.find((e) => e.type === "ResultsMeasured");
      const framework = s.resultsFramework.framework;
      if (event?.type !== "ResultsMeasured" || framework === undefined)
        return ctx.fail({ kind: "usage", message: ctx.m.failure.notRecorded("report-result --framework") });
      const m = event.data.measurement;
      const values = new Map(m.indicators.map((x) => [x.indicatorId, x.value]));
      const verdicts = framework.indicators
        .filter((i) => values.has(i.id))
        .map((i) => ({ indicatorId: i.id, ...evaluateIndicator(i, values.get(i.id)) }));
      const asOf = daysOfPeriod(m.period)?.last ?? m.period;
      const outcomes = new Map(m.milestones.map((o) => [o.milestoneId, o]));
      const missed = framework.milestones
        .filter((x) => milestoneState(x, outcomes.get(x.id), asOf) === "missed")
        .map((x) => x.id);
      const met = verdicts.filter((v) => v.verdict === "met").length;
      if (ctx.json)
        ctx.printJson(
          recordedJson(recorded, s.agreementId, {
            period: m.period,
            reportId: event.data.reportId,
            indicators: verdicts.map((v) => ({ indicatorId: v.indicatorId, verdict: v.verdict })),
            missedMilestones: missed,
          }),
        );
      else io.out(ctx.m.lifecycle.measured(s.agreementId, m.period, verdicts.length, met, missed.length));
      return 0;
    },
  });

export const register = (program: Command): void =>
  define(program, processIo, openStore, (code) => {
    process.exitCode = code;
  });

export const reportResultCli = (
  argv: readonly string[],
  io: CommandIo = processIo,
  open: StoreOpener = openStore,
) => runDefined("report-result", define, argv, io, open);
