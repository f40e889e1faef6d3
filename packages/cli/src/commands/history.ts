import { positionKey } from "@grant-ledger/core";
import { type Row, cellHistory, historyOf, knowsAgreement } from "@grant-ledger/views";
import type { Command } from "commander";
import * as E from "fp-ts/Either";
import { loadAgreement } from "../agreement/agreementStore";
import { type LedgerContext, type OutputFlags, contextOf, ledgerAction } from "../agreement/ledgerCommand";
import { EXIT } from "../exitCodes";
import { commandHelp, helpAfter } from "../help/commandHelp";
import { closestCells } from "../input/agreementCells";
import { parsePosition } from "../input/position";
import { type CommandIo, processIo } from "../io/commandIo";
import { langOption } from "../messages/catalogue";
import { type Define, runDefined } from "../runner/runCommand";
import { openStore } from "../store/openStore";
import { type StoreOpener, storeOption, withStore } from "../store/storeAccess";
import { currentViews, viewJson } from "../views/currentViews";
import { beforeOption, isFailure, limitOption, pageOf } from "../views/page";
import { viewQuantity } from "../views/viewText";

export interface HistoryOptions extends OutputFlags {
  readonly store: string;
  readonly agreement: string;
  readonly cell: string;
  /** Only the last n entries (before --before, if given). */
  readonly limit?: string;
  readonly before?: string;
}

const amount = (q: unknown, ctx: LedgerContext): string =>
  q === null || q === undefined
    ? "-"
    : viewQuantity(q as { kind: string; amount: string }, ctx.formats, ctx.m);

const line = (r: Row, ctx: LedgerContext): string => {
  const actor = r.actor as { organisationId: string; role: string; person: string };
  const where = (r.position as { key: string }).key;
  const extra = [
    r.requestId === undefined ? undefined : ctx.m.views.request(String(r.requestId)),
    r.period === undefined ? undefined : ctx.m.views.period(String(r.period)),
    r.policyVersion === undefined ? undefined : ctx.m.views.policy(String(r.policyVersion)),
  ].filter((x) => x !== undefined);
  return [
    `r${r.revision}`,
    ctx.m.views.when(String(r.recordedAt), String(r.occurredAt)),
    ctx.m.viewWords.steps[String(r.step)] ?? r.step,
    `${where} [${ctx.m.viewWords.levels[String(r.level)] ?? r.level}]`,
    `${amount(r.before, ctx)} -> ${amount(r.after, ctx)}`,
    ctx.m.views.by(actor.person, actor.organisationId, actor.role),
    ...(r.reason === undefined ? [] : [ctx.m.views.why(String(r.reason))]),
    ...extra,
  ].join(" | ");
};

/** The history of one cell (or row): every change from the offer to now, with who, when and why. */
export const runHistory = async (o: HistoryOptions, io: CommandIo, open: StoreOpener = openStore) => {
  const ctx = contextOf(o, io);
  const parsed = parsePosition("--cell", o.cell, ctx.m);
  if (E.isLeft(parsed)) return ctx.fail(parsed.left);
  const page = pageOf(o, ctx.m);
  if (isFailure(page)) return ctx.fail(page);
  const found = await withStore(open, o.store, async (store) => {
    const source = await currentViews(store, cellHistory);
    if (!knowsAgreement(source, o.agreement)) return undefined;
    const rows = historyOf(source, o.agreement, parsed.right, page);
    if (rows.length > 0 || page.beforeRevision !== undefined) return rows;
    // Only on this mistake is the agreement folded, to name the cells nearest in spelling.
    const state = await loadAgreement(store, o.agreement);
    return { closest: state === undefined ? [] : closestCells(state, positionKey(parsed.right)) };
  });
  if (found === undefined)
    return ctx.fail({ kind: "unknown-agreement", agreementId: o.agreement, store: o.store });
  if ("closest" in found)
    return ctx.fail({
      kind: "unknown-cell",
      option: "--cell",
      cell: o.cell,
      agreementId: o.agreement,
      closest: found.closest,
    });
  io.out(ctx.json ? viewJson(found) : found.map((r) => line(r, ctx)).join("\n"));
  return EXIT.ok;
};

const define: Define = (program, io, open, done) => {
  const h = commandHelp(program, "history");
  program
    .command("history")
    .description(h.description)
    .addOption(storeOption(h.options["--store"]))
    .requiredOption("--agreement <id>", h.options["--agreement"])
    .requiredOption("--cell <cell>", h.options["--cell"])
    .option("--json", h.options["--json"])
    .addOption(langOption(h.options["--lang"]))
    .addOption(limitOption(h.options["--limit"]))
    .addOption(beforeOption(h.options["--before"]))
    .addHelpText("after", helpAfter(h))
    .action(ledgerAction(io, done, (options: HistoryOptions) => runHistory(options, io, open)));
};

export const register = (program: Command): void =>
  define(program, processIo, openStore, (code) => {
    process.exitCode = code;
  });

export const historyCli = (
  argv: readonly string[],
  io: CommandIo = processIo,
  open: StoreOpener = openStore,
) => runDefined("history", define, argv, io, open);
