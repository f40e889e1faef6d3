import { type Evaluation, evaluateReallocation } from "@grant-ledger/core";
import type { Command } from "commander";
import * as E from "fp-ts/Either";
import { loadAgreement } from "../agreement/agreementStore";
import { type OutputFlags, contextOf, ledgerAction, withOutputOptions } from "../agreement/ledgerCommand";
import { EXIT } from "../exitCodes";
import { verdictLines } from "../format/verdicts";
import { commandHelp, helpAfter } from "../help/commandHelp";
import { type CommandIo, processIo } from "../io/commandIo";
import { type Define, runDefined } from "../runner/runCommand";
import { openStore } from "../store/openStore";
import { type StoreOpener, storeOption, withStore } from "../store/storeAccess";
import { type ShiftOptions, evaluationJson, shiftAgainst, withShiftOptions } from "./reallocate";

const EXIT_BY_OUTCOME: Record<Evaluation["outcome"], number> = {
  allowed: EXIT.ok,
  "needs-approval": EXIT.needsApproval,
  forbidden: EXIT.forbidden,
};

export interface ControlsOptions extends ShiftOptions, OutputFlags {
  readonly store: string;
  readonly agreement: string;
}

/**
 * A dry run: evaluates the shift against the agreement's policy as it stands now and records
 * nothing. 0 allowed, 3 needs approval, 4 forbidden, 2 usage (unknown cell or agreement, bad units).
 */
export const runControls = async (
  o: ControlsOptions,
  io: CommandIo,
  open: StoreOpener = openStore,
): Promise<number> => {
  const ctx = contextOf(o, io);
  const state = await withStore(open, o.store, (store) => loadAgreement(store, o.agreement));
  if (state === undefined)
    return ctx.fail({ kind: "unknown-agreement", agreementId: o.agreement, store: o.store });
  const shift = shiftAgainst(o, state, ctx.m);
  if (E.isLeft(shift)) return ctx.fail(shift.left);
  const evaluation = evaluateReallocation(state, [shift.right], new Date().toISOString());
  if (E.isLeft(evaluation)) return ctx.fail({ kind: "usage", message: evaluation.left.message });
  const { outcome, verdicts } = evaluation.right;
  if (ctx.json) io.out(evaluationJson(evaluation.right));
  else
    io.out(
      [
        ctx.m.reallocation.controlsHeader(
          ctx.m.reallocation.outcome[outcome] ?? outcome,
          ctx.formats.quantity(shift.right.quantity),
          o.from,
          o.to,
        ),
        ...verdictLines(verdicts, ctx.m),
      ].join("\n"),
    );
  return EXIT_BY_OUTCOME[outcome];
};

const define: Define = (program, io, open, done) => {
  const h = commandHelp(program, "controls");
  withOutputOptions(
    withShiftOptions(
      program
        .command("controls")
        .description(h.description)
        .addOption(storeOption(h.options["--store"]))
        .requiredOption("--agreement <id>", h.options["--agreement"]),
      h,
    ),
    h,
  )
    .addHelpText("after", helpAfter(h))
    .action(ledgerAction(io, done, (options: ControlsOptions) => runControls(options, io, open)));
};

export const register = (program: Command): void =>
  define(program, processIo, openStore, (code) => {
    process.exitCode = code;
  });

export const controlsCli = (
  argv: readonly string[],
  io: CommandIo = processIo,
  open: StoreOpener = openStore,
) => runDefined("controls", define, argv, io, open);
