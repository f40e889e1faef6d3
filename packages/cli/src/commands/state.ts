import { type AsOf, createAgreements, describeAsOfError } from "@grant-ledger/agreements";
import type { Command } from "commander";
import * as E from "fp-ts/Either";
import { agreementAsOfJson, agreementAsOfLines } from "../agreement/agreementAsOfJson";
import { EXIT } from "../exitCodes";
import { type CommandIo, processIo } from "../io/commandIo";
import { type Define, guarded, runDefined, usage } from "../runner/runCommand";
import { openStore } from "../store/openStore";
import { type StoreOpener, storeOption, withStore } from "../store/storeAccess";

export interface StateOptions {
  readonly store: string;
  readonly agreement: string;
  readonly asOf?: string;
  readonly recorded?: boolean;
  readonly effective?: boolean;
  readonly json?: boolean;
}

/** `--as-of` as a revision (digits) or a moment, read in the sense the flags ask for. */
const asOfFrom = (o: StateOptions): E.Either<string, AsOf> => {
  if (o.recorded && o.effective) return E.left("--recorded and --effective exclude each other");
  if (o.asOf === undefined) {
    if (o.recorded || o.effective) return E.left("--recorded and --effective need --as-of <date>");
    return E.right({ revision: "last" });
  }
  if (/^\d+$/.test(o.asOf)) {
    if (o.recorded || o.effective)
      return E.left(`--as-of ${o.asOf} is a revision; --recorded and --effective apply to a date`);
    return E.right({ revision: BigInt(o.asOf) });
  }
  return E.right(o.effective ? { occurredAt: o.asOf } : { recordedAt: o.asOf });
};

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
  const asOf = asOfFrom(o);
  if (E.isLeft(asOf)) return usage(io, asOf.left);
  const result = await withStore(open, o.store, (store) =>
    createAgreements({ store }).stateAsOf(o.agreement, asOf.right),
  );
  if (E.isLeft(result)) {
    // A stored event that does not decode is a damaged store, not a usage error.
    if (result.left._tag === "EventDecodeError") throw new Error(describeAsOfError(result.left));
    return usage(io, `${describeAsOfError(result.left)} in ${o.store}`);
  }
  io.out(
    o.json
      ? JSON.stringify(agreementAsOfJson(result.right), null, 2)
      : agreementAsOfLines(result.right).join("\n"),
  );
  return EXIT.ok;
};

const define: Define = (program, io, open, done) => {
  program
    .command("state")
    .description("the agreement as it stands, or as of a revision or a date (recorded or effective)")
    .addOption(storeOption())
    .requiredOption("--agreement <id>", "agreement id")
    .option(
      "--as-of <revision|date>",
      "a revision (0 is the proposal) or a date: 2007-05-08 (the end of that day in Amsterdam) or 2007-05-08T10:30:00Z",
    )
    .option("--recorded", "as of the date: what the ledger had recorded by then (the default)")
    .option(
      "--effective",
      "as of the date: what had occurred by then, events recorded later but backdated included",
    )
    .option("--json", "machine-readable output (format grant-ledger/agreement-state@1; see the README)")
    .addHelpText(
      "after",
      "\nReads only. Exit codes: 0 shown; 2 unknown agreement, revision outside the stream, date before the agreement or unreadable, or unreadable store.",
    )
    .action(guarded(io, done, (options: StateOptions) => runState(options, io, open)));
};

export const register = (program: Command): void =>
  define(program, processIo, openStore, (code) => {
    process.exitCode = code;
  });

export const stateCli = (argv: readonly string[], io: CommandIo = processIo, open: StoreOpener = openStore) =>
  runDefined("state", define, argv, io, open);
