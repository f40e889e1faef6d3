import { type Row, reallocationRegister, reallocationsOf } from "@grant-ledger/views";
import type { Command } from "commander";
import { type LedgerContext, type OutputFlags, contextOf, ledgerAction } from "../agreement/ledgerCommand";
import { EXIT } from "../exitCodes";
import { commandHelp, helpAfter } from "../help/commandHelp";
import { type CommandIo, processIo } from "../io/commandIo";
import { kindName, langOption } from "../messages/catalogue";
import { type Define, runDefined } from "../runner/runCommand";
import { openStore } from "../store/openStore";
import { type StoreOpener, storeOption, withStore } from "../store/storeAccess";
import { currentViews, viewJson } from "../views/currentViews";
import { beforeOption, isFailure, limitOption, pageOf } from "../views/page";
import { viewNumber, viewQuantity } from "../views/viewText";

export interface ReallocationsOptions extends OutputFlags {
  readonly store: string;
  readonly agreement: string;
  /** Only the last n entries (before --before, if given). */
  readonly limit?: string;
  readonly before?: string;
}

type Cell = { resultArea: string; workType: string; district: string };
const cellText = (c: Cell) => `${c.resultArea}/${c.workType}/${c.district}`;

const line = (r: Row, ctx: LedgerContext): string => {
  const shifts = (r.shifts as { from: Cell; to: Cell; quantity: { kind: string; amount: string } }[])
    .map((s) => `${viewQuantity(s.quantity, ctx.formats, ctx.m)} ${cellText(s.from)} -> ${cellText(s.to)}`)
    .join(", ");
  const by = (r.requestedBy as { person: string }).person;
  const decision = r.decision as { actor: { person: string }; justification: string } | null;
  const cumulative = (
    r.cumulative as
      | { kind: string; percent: string | null; threshold: string; aboveThreshold: boolean }[]
      | null
  )
    ?.map((c) =>
      ctx.m.views.cumulative(
        c.percent === null ? "?" : viewNumber(c.percent, ctx.formats),
        kindName(ctx.m, c.kind),
        viewNumber(c.threshold, ctx.formats),
        c.aboveThreshold,
      ),
    )
    .join(", ");
  const status = ctx.m.viewWords.requestStatus[String(r.status)] ?? String(r.status);
  return [
    `${r.requestId} [${status}]`,
    shifts,
    ctx.m.views.requestedBy(by, String(r.requestedAt), String(r.justification)),
    ...(decision === null
      ? []
      : [ctx.m.views.decidedBy(status, decision.actor.person, decision.justification)]),
    ...(cumulative === undefined ? [] : [cumulative]),
  ].join(" | ");
};

/** The reallocation register of one agreement. */
export const runReallocations = async (
  o: ReallocationsOptions,
  io: CommandIo,
  open: StoreOpener = openStore,
) => {
  const ctx = contextOf(o, io);
  const page = pageOf(o, ctx.m);
  if (isFailure(page)) return ctx.fail(page);
  const rows = await withStore(open, o.store, async (store) =>
    reallocationsOf(await currentViews(store, reallocationRegister), o.agreement, page),
  );
  if (rows === undefined)
    return ctx.fail({ kind: "unknown-agreement", agreementId: o.agreement, store: o.store });
  if (ctx.json) io.out(viewJson(rows));
  else
    io.out(
      rows.length === 0 ? ctx.m.views.noReallocations(o.agreement) : rows.map((r) => line(r, ctx)).join("\n"),
    );
  return EXIT.ok;
};

const define: Define = (program, io, open, done) => {
  const h = commandHelp(program, "reallocations");
  program
    .command("reallocations")
    .description(h.description)
    .addOption(storeOption(h.options["--store"]))
    .requiredOption("--agreement <id>", h.options["--agreement"])
    .option("--json", h.options["--json"])
    .addOption(langOption(h.options["--lang"]))
    .addOption(limitOption(h.options["--limit"]))
    .addOption(beforeOption(h.options["--before"]))
    .addHelpText("after", helpAfter(h))
    .action(ledgerAction(io, done, (options: ReallocationsOptions) => runReallocations(options, io, open)));
};

export const register = (program: Command): void =>
  define(program, processIo, openStore, (code) => {
    process.exitCode = code;
  });

export const reallocationsCli = (
  argv: readonly string[],
  io: CommandIo = processIo,
  open: StoreOpener = openStore,
) => runDefined("reallocations", define, argv, io, open);
