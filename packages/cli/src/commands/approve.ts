import type { Command } from "commander";
import * as E from "fp-ts/Either";
import { handleAgreementCommand } from "../agreement/agreementStore";
import { type CommandIo, processIo } from "../io/commandIo";
import { type Define, guarded, runDefined, usage } from "../runner/runCommand";
import { openStore } from "../store/openStore";
import { type StoreOpener, storeOption, withStore } from "../store/storeAccess";
import { actorOption, commandMetadataFor, parseActor, reportHandled } from "./reallocate";

export interface DecisionOptions {
  readonly store: string;
  readonly agreement: string;
  readonly request: string;
  readonly actor: string;
  readonly reason: string;
  readonly commandId?: string;
  readonly json?: boolean;
}

/** Approve or reject a pending request. 0 recorded, 4 refused (four eyes, role, policy), 2 usage. */
export const runDecision = async (
  decision: "ApproveReallocation" | "RejectReallocation",
  o: DecisionOptions,
  io: CommandIo,
  open: StoreOpener = openStore,
): Promise<number> => {
  const actor = parseActor(o.actor);
  if (E.isLeft(actor)) return usage(io, actor.left);
  const wire = {
    type: decision,
    data: { agreementId: o.agreement, requestId: o.request, reason: o.reason },
    metadata: commandMetadataFor(actor.right, o.commandId),
  };
  const handled = await withStore(open, o.store, (store) => handleAgreementCommand(store, wire));
  return reportHandled(handled, o.request, o.json, io);
};

/** The options approve and reject share. */
export const defineDecision =
  (
    name: "approve" | "reject",
    decision: "ApproveReallocation" | "RejectReallocation",
    description: string,
  ): Define =>
  (program, io, open, done) => {
    program
      .command(name)
      .description(description)
      .addOption(storeOption())
      .requiredOption("--agreement <id>", "agreement id")
      .requiredOption("--request <id>", "id of the pending reallocation request")
      .addOption(actorOption())
      .requiredOption("--reason <text>", "why: recorded with the decision")
      .option("--command-id <id>", "command id, to retry a command safely (default: generated)")
      .option("--json", "machine-readable output: { outcome, requestId, verdicts }")
      .addHelpText(
        "after",
        "\nExit codes: 0 recorded, 4 refused (nothing recorded), 2 usage (including a command that does not decode, or a command id already used for another command).",
      )
      .action(guarded(io, done, (options: DecisionOptions) => runDecision(decision, options, io, open)));
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
