import { type Row, agreementRegister, listAgreements } from "@grant-ledger/views";
import type { Command } from "commander";
import { type LedgerContext, type OutputFlags, contextOf, ledgerAction } from "../agreement/ledgerCommand";
import { EXIT } from "../exitCodes";
import { commandHelp, helpAfter } from "../help/commandHelp";
import { type CommandIo, processIo } from "../io/commandIo";
import { langOption } from "../messages/catalogue";
import { type Define, runDefined } from "../runner/runCommand";
import { openStore } from "../store/openStore";
import { type StoreOpener, storeOption, withStore } from "../store/storeAccess";
import { currentViews, viewJson } from "../views/currentViews";
import { viewQuantity } from "../views/viewText";

export interface AgreementsOptions extends OutputFlags {
  readonly store: string;
}

const totals = (t: unknown, ctx: LedgerContext): string =>
  t === null || t === undefined
    ? "-"
    : Object.entries(t as Record<string, string>)
        .map(([kind, amount]) => viewQuantity({ kind, amount }, ctx.formats, ctx.m))
        .join(ctx.m.lifecycle.and);

const line = (r: Row, ctx: LedgerContext): string => {
  const period = r.period as { start: string; end: string } | undefined;
  const last = r.lastChange as { type: string; recordedAt: string } | undefined;
  return [
    r.agreementId,
    ctx.m.state.status[String(r.status)] ?? r.status,
    `${(r.municipality as { name?: string } | undefined)?.name ?? "?"} / ${(r.provider as { name?: string } | undefined)?.name ?? "?"}`,
    period === undefined ? "" : `${period.start}..${period.end}`,
    ctx.m.views.offer(totals(r.offerTotals, ctx)),
    ctx.m.views.contract(totals(r.contractTotals, ctx)),
    ctx.m.views.lastChange(String(r.lastRevision), last?.type ?? "?", last?.recordedAt ?? "?"),
  ].join(" | ");
};

/** The agreement register: every agreement with parties, period, status, totals, last revision and change. */
export const runAgreements = async (o: AgreementsOptions, io: CommandIo, open: StoreOpener = openStore) => {
  const ctx = contextOf(o, io);
  const rows = await withStore(open, o.store, async (store) =>
    listAgreements(await currentViews(store, agreementRegister)),
  );
  if (ctx.json) io.out(viewJson(rows));
  else if (rows.length === 0) io.out(ctx.m.views.noAgreements(o.store));
  else io.out(rows.map((r) => line(r, ctx)).join("\n"));
  return EXIT.ok;
};

const define: Define = (program, io, open, done) => {
  const h = commandHelp(program, "agreements");
  program
    .command("agreements")
    .description(h.description)
    .addOption(storeOption(h.options["--store"]))
    .option("--json", h.options["--json"])
    .addOption(langOption(h.options["--lang"]))
    .addHelpText("after", helpAfter(h))
    .action(ledgerAction(io, done, (options: AgreementsOptions) => runAgreements(options, io, open)));
};

export const register = (program: Command): void =>
  define(program, processIo, openStore, (code) => {
    process.exitCode = code;
  });

export const agreementsCli = (
  argv: readonly string[],
  io: CommandIo = processIo,
  open: StoreOpener = openStore,
) => runDefined("agreements", define, argv, io, open);
