import { agreementAsOfJson, createAgreements, describeAsOfError } from "@grant-ledger/agreements";
import type { Command } from "commander";
import * as E from "fp-ts/Either";
import { agreementAsOfLines } from "../agreement/agreementAsOfJson";
import { type OutputFlags, contextOf, ledgerAction } from "../agreement/ledgerCommand";
import { EXIT } from "../exitCodes";
import { commandHelp, helpAfter } from "../help/commandHelp";
import { type AsOfFlags, asOfFrom } from "../input/asOfFlags";
import { type CommandIo, processIo } from "../io/commandIo";
import { langOption } from "../messages/catalogue";
import { type Define, runDefined } from "../runner/runCommand";
import { openStore } from "../store/openStore";
import { type StoreOpener, storeOption, withStore } from "../store/storeAccess";

export interface StateOptions extends OutputFlags, AsOfFlags {
  readonly store: string;
  readonly agreement: string;
}

/**
 * The agreement as it stands, as of a revision, or as of a date: as recorded (what the ledger
 * knew then, the default for a date) or as effective (what had occurred by then, backdated
 * events included). Reads only. 0 shown, 2 usage (unknown agreement, revision outside the
 * stream, a date before the agreement or not a date, unreadable store).
 */
export const runState = async (
  o: StateOptions,
  io: CommandIo,
  open: StoreOpener = openStore,
): Promise<number> => {
  const ctx = contextOf(o, io);
  const asOf = asOfFrom(o, ctx.m);
  if (E.isLeft(asOf)) return ctx.fail(asOf.left);
  const result = await withStore(open, o.store, (store) =>
    createAgreements({ store }).stateAsOf(o.agreement, asOf.right),
  );
  if (E.isLeft(result)) {
    // A stored event that does not decode is a damaged store, not a usage error.
    if (result.left._tag === "EventDecodeError") throw new Error(describeAsOfError(result.left));
    if (result.left._tag === "UnknownAgreement")
      return ctx.fail({ kind: "unknown-agreement", agreementId: o.agreement, store: o.store });
    // The agreements package words these (in English); they are usage mistakes all the same.
    return ctx.fail({ kind: "usage", message: `${describeAsOfError(result.left)} in ${o.store}` });
  }
  io.out(
    ctx.json
      ? JSON.stringify(agreementAsOfJson(result.right), null, 2)
      : agreementAsOfLines(result.right, ctx.formats, ctx.m).join("\n"),
  );
  return EXIT.ok;
};

const define: Define = (program, io, open, done) => {
  const h = commandHelp(program, "state");
  program
    .command("state")
    .description(h.description)
    .addOption(storeOption(h.options["--store"]))
    .requiredOption("--agreement <id>", h.options["--agreement"])
    .option("--as-of <revision|date>", h.options["--as-of"])
    .option("--recorded", h.options["--recorded"])
    .option("--effective", h.options["--effective"])
    .option("--json", h.options["--json"])
    .addOption(langOption(h.options["--lang"]))
    .addHelpText("after", helpAfter(h))
    .action(ledgerAction(io, done, (options: StateOptions) => runState(options, io, open)));
};

export const register = (program: Command): void =>
  define(program, processIo, openStore, (code) => {
    process.exitCode = code;
  });

export const stateCli = (argv: readonly string[], io: CommandIo = processIo, open: StoreOpener = openStore) =>
  runDefined("state", define, argv, io, open);
