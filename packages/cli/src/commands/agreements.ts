import { type Row, agreementRegister, listAgreements } from "@grant-ledger/views";
import type { Command } from "commander";
import { EXIT } from "../exitCodes";
import { type CommandIo, processIo } from "../io/commandIo";
import { type Define, guarded, runDefined } from "../runner/runCommand";
import { DEFAULT_STORE_URL, openStore } from "../store/openStore";
import { type StoreOpener, withStore } from "../store/storeAccess";
import { currentViews, viewJson } from "../views/currentViews";

export interface AgreementsOptions {
  readonly store: string;
  readonly json?: boolean;
}

const totals = (t: unknown): string =>
  t === null || t === undefined
    ? "-"
    : Object.entries(t as Record<string, string>)
        .map(([kind, amount]) => `${amount} ${kind}`)
        .join(" + ");

const line = (r: Row): string => {
  const period = r.period as { start: string; end: string } | undefined;
  const last = r.lastChange as { type: string; recordedAt: string } | undefined;
  return [
    r.agreementId,
    r.status,
    `${(r.municipality as { name?: string } | undefined)?.name ?? "?"} / ${(r.provider as { name?: string } | undefined)?.name ?? "?"}`,
    period === undefined ? "" : `${period.start}..${period.end}`,
    `offer ${totals(r.offerTotals)}`,
    `contract ${totals(r.contractTotals)}`,
    `revision ${r.lastRevision}: ${last?.type ?? "?"} at ${last?.recordedAt ?? "?"}`,
  ].join(" | ");
};

/** The agreement register: every agreement with parties, period, status, totals, last revision and change. */
export const runAgreements = async (o: AgreementsOptions, io: CommandIo, open: StoreOpener = openStore) => {
  const rows = await withStore(open, o.store, async (store) =>
    listAgreements(await currentViews(store, agreementRegister)),
  );
  if (o.json) io.out(viewJson(rows));
  else if (rows.length === 0) io.out(`no agreements in ${o.store}`);
  else io.out(rows.map(line).join("\n"));
  return EXIT.ok;
};

const define: Define = (program, io, open, done) => {
  program
    .command("agreements")
    .description("the agreement register: parties, period, status, totals per unit kind, last change")
    .option("--store <url>", "store URL: sqlite:<file>, memory:, esdb://...", DEFAULT_STORE_URL)
    .option("--json", "machine-readable output; decimals as exact strings")
    .addHelpText("after", "\nExit codes: 0 listed, 2 store cannot be opened.")
    .action(guarded(io, done, (options: AgreementsOptions) => runAgreements(options, io, open)));
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
