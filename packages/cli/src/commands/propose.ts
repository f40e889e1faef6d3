import { agreementStreamId } from "@grant-ledger/agreements";
import { AgreementProposedData, type MatrixEntry, matrixEntries, totalsByKind } from "@grant-ledger/core";
import { importCommands, reconcile } from "@grant-ledger/importer";
import type { Command } from "commander";
import * as E from "fp-ts/Either";
import type * as t from "io-ts";
import {
  type CommandBody,
  type LedgerContext,
  type LedgerFlags,
  actorOption,
  contextOf,
  ledgerAction,
  recordedJson,
  sendCommand,
  withOutputOptions,
} from "../agreement/ledgerCommand";
import { totalsJson } from "../format/exactJson";
import { commandHelp, helpAfter } from "../help/commandHelp";
import { parseActorOption } from "../input/actor";
import { readInputFile } from "../input/inputFile";
import { type CommandIo, processIo } from "../io/commandIo";
import { unreadableText } from "../reconcile/reconcileText";
import type { CliFailure } from "../runner/cliFailure";
import { type Define, runDefined } from "../runner/runCommand";
import { creationAccess, openStore } from "../store/openStore";
import { type StoreOpener, createOption, storeOption, withStore } from "../store/storeAccess";

interface ProposeFlags extends LedgerFlags {
  readonly manifest?: string;
  readonly create?: boolean;
}

/** The proposal's data: from a JSON file (AgreementProposedData), or the Offerte columns of a manifest. */
const proposalFrom = async (
  file: string | undefined,
  flags: ProposeFlags,
  ctx: LedgerContext,
): Promise<E.Either<CliFailure, CommandBody>> => {
  if ((file === undefined) === (flags.manifest === undefined))
    return E.left({ kind: "usage", message: ctx.m.failure.proposeInput });
  if (file !== undefined) {
    const data = await readInputFile(file, AgreementProposedData, ctx.m);
    return E.map((d: t.TypeOf<typeof AgreementProposedData>) => ({
      type: "ProposeAgreement",
      data: AgreementProposedData.encode(d) as Record<string, unknown>,
    }))(data);
  }
  const manifest = flags.manifest as string;
  const reconciled = await reconcile(manifest);
  if (E.isLeft(reconciled))
    return E.left({ kind: "bad-file", path: manifest, message: unreadableText(reconciled.left, ctx.m) });
  // The importer's first command is the proposal: the offer as the Offerte columns print it.
  const [proposal] = importCommands(reconciled.right, undefined, {
    occurredAt: new Date().toISOString(),
    recordedBy: "grant-ledger propose",
    importId: "propose",
  });
  return proposal === undefined
    ? E.left({ kind: "bad-file", path: manifest, message: ctx.m.failure.proposeInput })
    : E.right({ type: proposal.type, data: proposal.data });
};

/** 0 proposed; 2 usage (a file that cannot be read or does not decode, a missing store without --create); 4 refused. */
export const runPropose = async (
  file: string | undefined,
  flags: ProposeFlags,
  io: CommandIo,
  open: StoreOpener = openStore,
): Promise<number> => {
  const ctx = contextOf(flags, io);
  const actor = parseActorOption(flags.actor, ctx.m);
  if (E.isLeft(actor)) return ctx.fail(actor.left);
  const body = await proposalFrom(file, flags, ctx);
  if (E.isLeft(body)) return ctx.fail(body.left);
  const agreementId = String(body.right.data.agreementId);
  return withStore(
    open,
    flags.store,
    (store) =>
      sendCommand(store, body.right, actor.right, flags, ctx, (recorded) => {
        const offer = matrixEntries(recorded.state.offer);
        if (ctx.json) ctx.printJson(recordedJson(recorded, agreementId, { offer: offerJson(offer) }));
        else
          io.out(
            ctx.m.lifecycle.proposed(
              agreementId,
              agreementStreamId(agreementId),
              ctx.formats.totals(totalsByKind(offer)),
            ),
          );
        return 0;
      }),
    creationAccess(flags.store, flags.create),
  );
};

/** Exact totals per unit kind, as decimal strings. */
const offerJson = (offer: readonly MatrixEntry[]) => totalsJson(totalsByKind(offer));

const define: Define = (program, io, open, done) => {
  const h = commandHelp(program, "propose");
  withOutputOptions(
    program
      .command("propose")
      .description(h.description)
      .argument("[file]", h.arguments.file)
      .option("--manifest <manifest>", h.options["--manifest"])
      .addOption(storeOption(h.options["--store"]))
      .addOption(createOption(h.options["--create"]))
      .addOption(actorOption(h.options["--actor"]))
      .option("--reason <text>", h.options["--reason"])
      .option("--command-id <id>", h.options["--command-id"]),
    h,
  )
    .addHelpText("after", helpAfter(h))
    .action(
      ledgerAction(io, done, (file: string | undefined, flags: ProposeFlags) =>
        runPropose(file, flags, io, open),
      ),
    );
};

export const register = (program: Command): void =>
  define(program, processIo, openStore, (code) => {
    process.exitCode = code;
  });

export const proposeCli = (
  argv: readonly string[],
  io: CommandIo = processIo,
  open: StoreOpener = openStore,
) => runDefined("propose", define, argv, io, open);
