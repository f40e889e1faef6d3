import { readFile } from "node:fs/promises";
import { positionKey } from "@grant-ledger/core";
import type { Position } from "@grant-ledger/core";
import {
  type CsvDialect,
  REPORT_KINDS,
  type ReportError,
  type ReportFormat,
  type ReportRequest,
  isReportKind,
  produceReport,
} from "@grant-ledger/reports";
import { type Command, Option } from "commander";
import * as E from "fp-ts/Either";
import { loadAgreement } from "../agreement/agreementStore";
import { type LedgerContext, contextOf, ledgerAction } from "../agreement/ledgerCommand";
import { EXIT } from "../exitCodes";
import { commandHelp, helpAfter } from "../help/commandHelp";
import { closestCells } from "../input/agreementCells";
import { type AsOfFlags, asOfFrom } from "../input/asOfFlags";
import { parsePosition } from "../input/position";
import { type CommandIo, processIo } from "../io/commandIo";
import { writeOutput } from "../io/writeOutput";
import { type Lang, langOption } from "../messages/catalogue";
import type { CliFailure } from "../runner/cliFailure";
import { type Define, runDefined } from "../runner/runCommand";
import { openStore } from "../store/openStore";
import { type StoreOpener, storeOption, withStore } from "../store/storeAccess";

export interface ReportOptions extends AsOfFlags {
  readonly store: string;
  readonly agreement?: string;
  readonly period?: string;
  readonly cell?: string;
  readonly format: ReportFormat;
  readonly csvDialect: CsvDialect;
  readonly lang?: Lang;
  readonly sign?: string;
  readonly out?: string;
  readonly limit?: string;
}

/** The flags as a request; a flag the report does not read is a mistake, not silently ignored. */
const requestOf = (
  kind: string,
  o: ReportOptions,
  ctx: LedgerContext,
): E.Either<CliFailure, ReportRequest> => {
  const usage = (message: string) => E.left<CliFailure>({ kind: "usage", message });
  const m = ctx.m.reports;
  if (!isReportKind(kind)) return E.left({ kind: "unknown-report", text: kind, reports: REPORT_KINDS });
  if (kind !== "agreements" && o.agreement === undefined) return usage(m.needsAgreement(kind));
  if (kind === "agreements" && (o.asOf !== undefined || o.recorded || o.effective))
    return usage(m.asOfNotForRegister);
  if (o.cell !== undefined && kind !== "cell-history") return usage(m.onlyFor("--cell", "cell-history"));
  if (o.period !== undefined && kind !== "realisation") return usage(m.onlyFor("--period", "realisation"));
  if (kind === "cell-history" && o.cell === undefined) return usage(m.needsCell);
  if (o.limit !== undefined && kind !== "cell-history" && kind !== "register")
    return usage(m.onlyFor("--limit", "cell-history, register"));
  if (o.limit !== undefined && !/^\d+$/.test(o.limit))
    return usage(ctx.m.views.wholeNumber("--limit", o.limit));
  let cell: Position | undefined;
  if (o.cell !== undefined) {
    const parsed = parsePosition("--cell", o.cell, ctx.m);
    if (E.isLeft(parsed)) return parsed;
    cell = parsed.right;
  }
  const read = asOfFrom(o, ctx.m);
  if (E.isLeft(read)) return read;
  const a = read.right;
  const asOf: ReportRequest["asOf"] =
    "revision" in a
      ? a.revision === "last"
        ? undefined
        : { revision: a.revision }
      : "recordedAt" in a
        ? { date: a.recordedAt, basis: "recorded" }
        : { date: a.occurredAt, basis: "effective" };
  return E.right({
    kind,
    ...(o.agreement === undefined ? {} : { agreementId: o.agreement }),
    ...(asOf === undefined ? {} : { asOf }),
    ...(o.period === undefined ? {} : { period: o.period }),
    ...(cell === undefined ? {} : { cell }),
    ...(o.limit === undefined ? {} : { limit: Number(o.limit) }),
  });
};

const failureOf = async (
  error: ReportError,
  o: ReportOptions,
  open: StoreOpener,
  ctx: LedgerContext,
): Promise<CliFailure> => {
  switch (error._tag) {
    case "UnknownAgreement":
      return { kind: "unknown-agreement", agreementId: error.agreementId, store: o.store };
    case "NoBudget":
      return { kind: "usage", message: ctx.m.money.noBudget(error.agreementId) };
    case "UnknownCell": {
      // Only on this mistake is the agreement folded, to name the cells nearest in spelling.
      const state = await withStore(open, o.store, (store) => loadAgreement(store, error.agreementId));
      return {
        kind: "unknown-cell",
        option: "--cell",
        cell: o.cell ?? error.cell,
        agreementId: error.agreementId,
        closest: state === undefined ? [] : closestCells(state, error.cell),
      };
    }
    case "UnknownPeriod":
      return {
        kind: "unknown-period",
        period: error.period,
        agreementId: error.agreementId,
        periods: error.periods,
      };
    case "AsOfRejected":
      // The agreements package words these (in English); they are usage mistakes all the same.
      return { kind: "usage", message: `--as-of ${o.asOf}: ${error.message} in ${o.store}` };
    case "MissingParameter":
    case "AsOfNotApplicable":
      // requestOf refuses these first; kept total for embedders who build requests themselves.
      return { kind: "usage", message: `${error._tag}: ${error.kind}` };
  }
};

const readKey = async (path: string, ctx: LedgerContext): Promise<string | CliFailure> => {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return { kind: "usage", message: ctx.m.reports.badKey(path, code) };
  }
};

/**
 * One accountability report of an agreement (or the register of agreements) in JSON, CSV or
 * HTML, stamped with its audit checkpoint, optionally signed; on stdout or in --out.
 */
export const runReport = async (
  kind: string,
  o: ReportOptions,
  io: CommandIo,
  open: StoreOpener = openStore,
): Promise<number> => {
  const ctx = contextOf({ ...(o.lang === undefined ? {} : { lang: o.lang }) }, io);
  const request = requestOf(kind, o, ctx);
  if (E.isLeft(request)) return ctx.fail(request.left);
  const key = o.sign === undefined ? undefined : await readKey(o.sign, ctx);
  if (typeof key === "object") return ctx.fail(key);
  const made = await withStore(open, o.store, async (store) => {
    const report = await produceReport(store, request.right);
    if (E.isLeft(report)) return E.left(report.left);
    const text = report.right.render({
      format: o.format,
      lang: o.lang ?? "nl",
      csvDialect: o.csvDialect,
      ...(key === undefined ? {} : { privateKeyPem: key }),
    });
    return E.right({ text, document: report.right.document });
  });
  if (E.isLeft(made)) return ctx.fail(await failureOf(made.left, o, open, ctx));
  const { text, document } = made.right;
  if (E.isLeft(text))
    return ctx.fail({ kind: "usage", message: ctx.m.reports.badKey(o.sign ?? "", text.left) });
  if (o.out === undefined) {
    io.out(text.right);
    return EXIT.ok;
  }
  await writeOutput(o.out, text.right);
  const c = document.checkpoint;
  const what = `${kind}${document.agreement === null ? "" : ` ${String(document.agreement.agreementId)}`}${request.right.cell === undefined ? "" : ` ${positionKey(request.right.cell)}`} (${o.format})`;
  io.out(ctx.m.reports.wrote(o.out, what, c.revision, c.globalPosition, c.hash));
  return EXIT.ok;
};

const define: Define = (program, io, open, done) => {
  const h = commandHelp(program, "report");
  program
    .command("report")
    .description(h.description)
    .argument("<report>", h.arguments.report)
    .addOption(storeOption(h.options["--store"]))
    .option("--agreement <id>", h.options["--agreement"])
    .option("--as-of <revision|date>", h.options["--as-of"])
    .option("--recorded", h.options["--recorded"])
    .option("--effective", h.options["--effective"])
    .option("--period <period>", h.options["--period"])
    .option("--cell <cell>", h.options["--cell"])
    .option("--limit <n>", h.options["--limit"])
    .addOption(
      new Option("--format <format>", h.options["--format"]).choices(["json", "csv", "html"]).default("json"),
    )
    .addOption(
      new Option("--csv-dialect <dialect>", h.options["--csv-dialect"])
        .choices(["dutch", "international"])
        .default("dutch"),
    )
    .addOption(langOption(h.options["--lang"]))
    .option("--sign <key>", h.options["--sign"])
    .option("--out <file>", h.options["--out"])
    .addHelpText("after", helpAfter(h))
    .action(
      ledgerAction(io, done, (kind: string, options: ReportOptions) => runReport(kind, options, io, open)),
    );
};

export const register = (program: Command): void =>
  define(program, processIo, openStore, (code) => {
    process.exitCode = code;
  });

export const reportCli = (
  argv: readonly string[],
  io: CommandIo = processIo,
  open: StoreOpener = openStore,
) => runDefined("report", define, argv, io, open);
