import type { Command } from "commander";
import * as E from "fp-ts/Either";
import {
  type LedgerFlags,
  ledgerAction,
  runOnAgreement,
  withAgreementOptions,
  withOutputOptions,
} from "../agreement/ledgerCommand";
import { commandHelp, helpAfter } from "../help/commandHelp";
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
  (name: "approve" | "reject", decision: "ApproveReallocation" | "RejectReallocation"): Define =>
  (program, io, open, done) => {
    const h = commandHelp(program, name);
    withOutputOptions(
      withAgreementOptions(program.command(name).description(h.description), h)
        .requiredOption("--request <id>", h.options["--request"])
        .requiredOption("--reason <text>", h.options["--reason"]),
      h,
    )
      .addHelpText("after", helpAfter(h))
      .action(ledgerAction(io, done, (options: DecisionOptions) => runDecision(decision, options, io, open)));
  };

const define = defineDecision("approve", "ApproveReallocation");

export const register = (program: Command): void =>
  define(program, processIo, openStore, (code) => {
    process.exitCode = code;
  });

export const approveCli = (
  argv: readonly string[],
  io: CommandIo = processIo,
  open: StoreOpener = openStore,
) => runDefined("approve", define, argv, io, open);
