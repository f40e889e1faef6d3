import type { Command } from "commander";
import * as E from "fp-ts/Either";
import {
  AGREEMENT_EXIT_CODES,
  type LedgerFlags,
  ledgerAction,
  runOnAgreement,
  withAgreementOptions,
  withOutputOptions,
} from "../agreement/ledgerCommand";
import { type CommandIo, processIo } from "../io/commandIo";
import { type Define, runDefined } from "../runner/runCommand";
import { openStore } from "../store/openStore";
import type { StoreOpener } from "../store/storeAccess";
import { reportRecorded } from "./reallocate";

export interface DecisionOptions extends LedgerFlags {
  readonly agreement: string;
  readonly request: string;
  readonly reason: string;
}

/** Approve or reject a pending request. 0 recorded, 4 refused (four eyes, role, policy), 2 usage. */
export const runDecision = (
  decision: "ApproveReallocation" | "RejectReallocation",
  o: DecisionOptions,
  io: CommandIo,
  open: StoreOpener = openStore,
): Promise<number> =>
  runOnAgreement(o, io, open, {
    build: (state) =>
      E.right({
        type: decision,
        data: { agreementId: state.agreementId, requestId: o.request, reason: o.reason },
      }),
    report: (recorded, ctx) => reportRecorded(recorded.events, o.request, ctx),
  });

/** The options approve and reject share. */
export const defineDecision =
  (
    name: "approve" | "reject",
    decision: "ApproveReallocation" | "RejectReallocation",
    description: string,
  ): Define =>
  (program, io, open, done) => {
    withOutputOptions(
      withAgreementOptions(program.command(name).description(description))
        .requiredOption("--request <id>", "id of the pending reallocation request")
        .requiredOption("--reason <text>", "why: recorded with the decision"),
      "{ outcome, requestId, verdicts }",
    )
      .addHelpText("after", `\nExit codes: 0 recorded; ${AGREEMENT_EXIT_CODES}.`)
      .action(ledgerAction(io, done, (options: DecisionOptions) => runDecision(decision, options, io, open)));
  };

const define = defineDecision(
  "approve",
  "ApproveReallocation",
  "approve a pending reallocation: re-evaluated against the agreement as it is now, then applied",
);

export const register = (program: Command): void =>
  define(program, processIo, openStore, (code) => {
    process.exitCode = code;
  });

export const approveCli = (
  argv: readonly string[],
  io: CommandIo = processIo,
  open: StoreOpener = openStore,
) => runDefined("approve", define, argv, io, open);
