import {
  type AgreementState,
  ResultReportData,
  cellKey,
  isCell,
  matrixEntries,
  totalsByKind,
} from "@grant-ledger/core";
import type { Command } from "commander";
import * as E from "fp-ts/Either";
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
}

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

const define = defineLifecycle<ReportFlags>({
  name: "report-result",
  description:
    "report a period's realised units and reach (aggregates only, never personal data), from a file",
  argument: [
    "<file>",
    'report JSON: { "period": "2007-H1", "realised": [{ "position", "quantity" }], "reach": [{ "expectedResultId", "reached" }], "remarks"?, "outcomes"? }',
  ],
  options: (c: Command) => c.option("--reason <text>", "recorded with the report"),
  json: "{ ok, agreementId, events, period, realised, contract }",
  exitCodes: "0 reported (a second report for the same period is recorded as a correction)",
  run: ({ file, flags, io, open }) =>
    runOnAgreement(flags, io, open, {
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

export const register = (program: Command): void =>
  define(program, processIo, openStore, (code) => {
    process.exitCode = code;
  });

export const reportResultCli = (
  argv: readonly string[],
  io: CommandIo = processIo,
  open: StoreOpener = openStore,
) => runDefined("report-result", define, argv, io, open);
