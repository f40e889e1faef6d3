import { type Evaluation, evaluateReallocation } from "@grant-ledger/core";
import type { Command } from "commander";
import * as E from "fp-ts/Either";
import { loadAgreement } from "../agreement/agreementStore";
import { EXIT } from "../exitCodes";
import { type CommandIo, processIo } from "../io/commandIo";
import { type Define, guarded, runDefined, usage } from "../runner/runCommand";
import { openStore } from "../store/openStore";
import { type StoreOpener, withStore } from "../store/storeAccess";
import {
  type ShiftOptions,
  evaluationJson,
  shiftFromOptions,
  verdictLines,
  withShiftOptions,
} from "./reallocate";

const EXIT_BY_OUTCOME: Record<Evaluation["outcome"], number> = {
  allowed: EXIT.ok,
  "needs-approval": EXIT.needsApproval,
  forbidden: EXIT.forbidden,
};

export interface ControlsOptions extends ShiftOptions {
  readonly store: string;
  readonly agreement: string;
  readonly json?: boolean;
}

/**
 * A dry run: evaluates the shift against the agreement's policy as it stands now and records
 * nothing. 0 allowed, 3 needs approval, 4 forbidden, 2 usage (bad cell, unknown agreement).
 */
export const runControls = async (
  o: ControlsOptions,
  io: CommandIo,
  open: StoreOpener = openStore,
): Promise<number> => {
  const shift = shiftFromOptions(o);
  if (E.isLeft(shift)) return usage(io, shift.left);
  const state = await withStore(open, o.store, (store) => loadAgreement(store, o.agreement));
  if (state === undefined) return usage(io, `no agreement ${JSON.stringify(o.agreement)} in ${o.store}`);
  const evaluation = evaluateReallocation(state, [shift.right], new Date().toISOString());
  if (E.isLeft(evaluation)) return usage(io, evaluation.left.message);
  const { outcome, verdicts } = evaluation.right;
  if (o.json) io.out(evaluationJson(evaluation.right));
  else
    io.out(
      [
        `${outcome}: ${o.units} ${o.kind ?? "hours"} from ${o.from} to ${o.to}`,
        ...verdictLines(verdicts),
      ].join("\n"),
    );
  return EXIT_BY_OUTCOME[outcome];
};

const define: Define = (program, io, open, done) => {
  withShiftOptions(
    program
      .command("controls")
      .description(
        "dry run: would the policy allow this shift, need approval, or forbid it? Records nothing",
      ),
  )
    .option(
      "--json",
      'machine-readable output: { "outcome", "verdicts": [{ "rule", "outcome", "explanation" }] }',
    )
    .addHelpText(
      "after",
      "\nRecords nothing. Exit codes: 0 allowed, 3 needs approval, 4 forbidden, 2 unknown agreement, unreadable cell or store.",
    )
    .action(guarded(io, done, (options: ControlsOptions) => runControls(options, io, open)));
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
