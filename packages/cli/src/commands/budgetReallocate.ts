import { randomUUID } from "node:crypto";
import {
  BudgetShiftInput as BudgetShiftCodec,
  type BudgetShiftInput,
  type DomainEvent,
  type Evaluation,
  HOURS,
  ShiftCosting,
  decodeProblems,
  evaluateBudgetReallocation,
  isPositive,
  toDecimalString,
} from "@grant-ledger/core";
import type { Command } from "commander";
import * as E from "fp-ts/Either";
import * as t from "io-ts";
import { loadAgreement } from "../agreement/agreementStore";
import {
  type LedgerContext,
  type LedgerFlags,
  contextOf,
  ledgerAction,
  runOnAgreement,
  withAgreementOptions,
  withOutputOptions,
} from "../agreement/ledgerCommand";
import { EXIT } from "../exitCodes";
import { domainErrorText } from "../format/domainErrors";
import type { NumberFormats } from "../format/numbers";
import { verdictLines } from "../format/verdicts";
import { commandHelp, helpAfter } from "../help/commandHelp";
import { parseTypedNumber } from "../input/units";
import { type CommandIo, processIo } from "../io/commandIo";
import type { Messages } from "../messages/catalogue";
import { fundingJson, fundingLines } from "../money/fundingJson";
import type { CliFailure } from "../runner/cliFailure";
import type { Define } from "../runner/runCommand";
import { openStore } from "../store/openStore";
import { type StoreOpener, withStore } from "../store/storeAccess";
import { evaluationJson } from "./reallocate";

interface MoneyShiftFlags extends LedgerFlags {
  readonly agreement: string;
  readonly from: string;
  readonly to: string;
  readonly amount?: string;
  readonly hours?: string;
  readonly request?: string;
  readonly dryRun?: boolean;
}

const EXIT_BY_OUTCOME: Record<Evaluation["outcome"], number> = {
  allowed: EXIT.ok,
  "needs-approval": EXIT.needsApproval,
  forbidden: EXIT.forbidden,
};

/**
 * `--amount 1000` (euros, at most cents) or `--hours 10` (of a line costed from hours), typed in
 * the language's notation (`1000,50` in Dutch; `5.000` refused as ambiguous, never read as 5),
 * then decoded by the core's codec.
 */
const shiftOf = (o: MoneyShiftFlags, m: Messages): E.Either<CliFailure, BudgetShiftInput> => {
  if ((o.amount === undefined) === (o.hours === undefined))
    return E.left({ kind: "usage", message: m.money.amountOrHours });
  const [option, typed] = o.amount === undefined ? ["--hours", o.hours ?? ""] : ["--amount", o.amount];
  const number = E.flatMap(parseTypedNumber(option, typed, m), (d) =>
    isPositive(d)
      ? option === "--amount" && d.scale > 2
        ? E.left<CliFailure>({ kind: "usage", message: m.units.tooManyCents(option, typed) })
        : E.right(toDecimalString(d))
      : E.left<CliFailure>({ kind: "usage", message: m.units.notPositive(option, typed) }),
  );
  if (E.isLeft(number)) return number;
  const raw = {
    from: o.from,
    to: o.to,
    ...(o.amount === undefined ? { hours: number.right } : { amount: number.right }),
  };
  return E.mapLeft(
    (errors: Parameters<typeof decodeProblems>[0]): CliFailure => ({
      kind: "usage",
      message: decodeProblems(errors)
        .map((p) => p.message)
        .join("; "),
    }),
  )(BudgetShiftCodec.decode(raw));
};

const costingOf = (events: readonly DomainEvent[]): ShiftCosting[] =>
  events.flatMap((e) =>
    e.type === "BudgetReallocationApplied" || e.type === "BudgetReallocationRequested" ? e.data.costing : [],
  );

/** Under --json the costing is the recorded data: codes and exact decimal strings. */
const costingJson = (costing: readonly ShiftCosting[]) => t.array(ShiftCosting).encode([...costing]);

/** One indented line per shift, worded by the catalogue in its number formats. */
const costingLines = (costing: readonly ShiftCosting[], m: Messages, f: NumberFormats): string[] =>
  costing.map(
    (c) =>
      `  ${m.money.costing(c, { money: f.money, hours: (amount) => f.quantity({ kind: HOURS, amount }) })}`,
  );

const report = (
  events: readonly DomainEvent[],
  requestId: string,
  ctx: LedgerContext,
  after: Parameters<typeof fundingJson>[0],
) => {
  const event = events.find((e) => e.type.startsWith("BudgetReallocation"));
  if (event === undefined) return ctx.fail({ kind: "usage", message: ctx.m.money.notRecorded(requestId) });
  const verdicts = "verdicts" in event.data ? event.data.verdicts : [];
  const outcome =
    event.type === "BudgetReallocationRequested"
      ? "needs-approval"
      : event.type === "BudgetReallocationRejected"
        ? "rejected"
        : "allowed";
  if (ctx.json)
    ctx.io.out(
      JSON.stringify(
        {
          outcome,
          requestId,
          event: event.type,
          costing: costingJson(costingOf(events)),
          verdicts,
          funding: fundingJson(after),
        },
        null,
        2,
      ),
    );
  else
    ctx.io.out(
      [
        ctx.m.money.step[event.type]?.(requestId) ?? `${event.type} ${requestId}`,
        ...costingLines(costingOf(events), ctx.m, ctx.formats),
        ...verdictLines(verdicts, ctx.m),
        ...fundingLines(after, ctx.formats, ctx.m),
      ].join("\n"),
    );
  return event.type === "BudgetReallocationRequested" ? EXIT.needsApproval : EXIT.ok;
};

/** Dry run (records nothing) or request: 0 applied/allowed, 3 needs approval, 4 forbidden or refused, 2 usage. */
export const runBudgetReallocate = async (
  o: MoneyShiftFlags,
  io: CommandIo,
  open: StoreOpener = openStore,
): Promise<number> => {
  const shift = shiftOf(o, contextOf(o, io).m);
  if (o.dryRun) {
    const ctx = contextOf(o, io);
    if (E.isLeft(shift)) return ctx.fail(shift.left);
    const state = await withStore(open, o.store, (store) => loadAgreement(store, o.agreement));
    if (state === undefined)
      return ctx.fail({ kind: "unknown-agreement", agreementId: o.agreement, store: o.store });
    const judged = evaluateBudgetReallocation(state, [shift.right], new Date().toISOString());
    if (E.isLeft(judged)) return ctx.fail({ kind: "usage", message: domainErrorText(judged.left, ctx.m) });
    const { evaluation, costing } = judged.right;
    if (ctx.json) io.out(evaluationJson(evaluation, { costing: costingJson(costing) }));
    else
      io.out(
        [
          ctx.m.money.dryRun(ctx.m.reallocation.outcome[evaluation.outcome] ?? evaluation.outcome),
          ...costingLines(costing, ctx.m, ctx.formats),
          ...verdictLines(evaluation.verdicts, ctx.m),
        ].join("\n"),
      );
    return EXIT_BY_OUTCOME[evaluation.outcome];
  }
  const requestId = o.request ?? `m-${randomUUID().slice(0, 8)}`;
  return runOnAgreement(o, io, open, {
    build: (state) =>
      E.map((s: BudgetShiftInput) => ({
        type: "RequestBudgetReallocation",
        data: {
          agreementId: state.agreementId,
          requestId,
          shifts: [BudgetShiftCodec.encode(s)],
          reason: o.reason ?? "",
        },
      }))(shift),
    report: (recorded, ctx) => report(recorded.events, requestId, ctx, recorded.state),
  });
};

const defineReallocate: Define = (program, io, open, done) => {
  const h = commandHelp(program, "reallocate-budget");
  withOutputOptions(
    withAgreementOptions(program.command("reallocate-budget").description(h.description), h)
      .requiredOption("--from <line>", h.options["--from"])
      .requiredOption("--to <line>", h.options["--to"])
      .option("--amount <euros>", h.options["--amount"])
      .option("--hours <hours>", h.options["--hours"])
      .option("--request <id>", h.options["--request"])
      .option("--reason <text>", h.options["--reason"])
      .option("--dry-run", h.options["--dry-run"]),
    h,
  )
    .addHelpText("after", helpAfter(h))
    .action(ledgerAction(io, done, (o: MoneyShiftFlags) => runBudgetReallocate(o, io, open)));
};

interface DecisionFlags extends LedgerFlags {
  readonly agreement: string;
  readonly request: string;
  readonly reason: string;
}

const defineDecision =
  (
    name: "approve-budget" | "reject-budget",
    type: "ApproveBudgetReallocation" | "RejectBudgetReallocation",
  ): Define =>
  (program, io, open, done) => {
    const h = commandHelp(program, name);
    withOutputOptions(
      withAgreementOptions(program.command(name).description(h.description), h)
        .requiredOption("--request <id>", h.options["--request"])
        .requiredOption("--reason <text>", h.options["--reason"]),
      h,
    )
      .addHelpText("after", helpAfter(h))
      .action(
        ledgerAction(io, done, (o: DecisionFlags) =>
          runOnAgreement(o, io, open, {
            build: (state) =>
              E.right({
                type,
                data: { agreementId: state.agreementId, requestId: o.request, reason: o.reason },
              }),
            report: (recorded, ctx) => report(recorded.events, o.request, ctx, recorded.state),
          }),
        ),
      );
  };

/** The money reallocation commands by name, for `runDefined` in tests. */
export const budgetReallocationCommands: Readonly<Record<string, Define>> = {
  "reallocate-budget": defineReallocate,
  "approve-budget": defineDecision("approve-budget", "ApproveBudgetReallocation"),
  "reject-budget": defineDecision("reject-budget", "RejectBudgetReallocation"),
};

export const register = (program: Command): void => {
  for (const define of Object.values(budgetReallocationCommands))
    define(program, processIo, openStore, (code) => {
      process.exitCode = code;
    });
};
