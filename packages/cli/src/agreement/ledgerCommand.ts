import { randomUUID } from "node:crypto";
import type { Actor, AgreementState } from "@grant-ledger/core";
import type { EventStore } from "@grant-ledger/event-store";
import { type Command, Option } from "commander";
import * as E from "fp-ts/Either";
import { type NumberFormats, numberFormats } from "../format/numbers";
import type { OptionWords } from "../help/commandHelp";
import { parseActorOption } from "../input/actor";
import type { CommandIo } from "../io/commandIo";
import { type Lang, type Messages, langOption, messagesFor } from "../messages/catalogue";
import { type CliFailure, reportFailure } from "../runner/cliFailure";
import { exitForFailure } from "../runner/failure";
import type { StoreAccess } from "../store/openStore";
import { type StoreOpener, storeOption, withStore } from "../store/storeAccess";
import { type Handled, handleAgreementCommand, loadAgreement } from "./agreementStore";

/** What every command on an agreement is given and how it speaks: language, numbers, --json. */
export interface LedgerContext {
  readonly io: CommandIo;
  readonly m: Messages;
  readonly formats: NumberFormats;
  readonly json: boolean;
  /** Prints a failure (text or JSON) and returns its exit code. */
  readonly fail: (failure: CliFailure) => number;
  /** Prints one JSON object on stdout. */
  readonly printJson: (value: unknown) => void;
}

export interface OutputFlags {
  readonly json?: boolean;
  readonly lang?: Lang;
}

export const contextOf = (flags: OutputFlags, io: CommandIo): LedgerContext => {
  const m = messagesFor(flags.lang ?? "nl");
  const json = flags.json === true;
  return {
    io,
    m,
    formats: numberFormats(m),
    json,
    fail: (failure) => reportFailure(failure, { io, messages: m, json }),
    printJson: (value) => io.out(JSON.stringify(value, null, 2)),
  };
};

export interface LedgerFlags extends OutputFlags {
  readonly store: string;
  readonly actor: string;
  readonly reason?: string;
  readonly commandId?: string;
}

export type Recorded = Extract<Handled, { _tag: "Recorded" }>;

/** A command without metadata: what a lifecycle command builds from its flags and files. */
export interface CommandBody {
  readonly type: string;
  readonly data: Record<string, unknown>;
}

/** Wire metadata: the ledger stamps `recordedAt` and checks `occurredAt` against its clock. */
export const metadataFor = (actor: Actor, flags: Pick<LedgerFlags, "commandId" | "reason">) => ({
  actor,
  commandId: flags.commandId ?? randomUUID(),
  occurredAt: new Date().toISOString(),
  ...(flags.reason === undefined ? {} : { reason: flags.reason }),
});

/** Sends one command through `@grant-ledger/agreements` (which decodes it) and reports the outcome. */
export const sendCommand = async (
  store: EventStore,
  body: CommandBody,
  actor: Actor,
  flags: LedgerFlags,
  ctx: LedgerContext,
  report: (recorded: Recorded) => number,
): Promise<number> => {
  const handled = await handleAgreementCommand(store, { ...body, metadata: metadataFor(actor, flags) });
  if (handled._tag === "Unacceptable") return ctx.fail({ kind: "usage", message: handled.message });
  if (handled._tag === "Refused") return ctx.fail({ kind: "refused", ...handled });
  return report(handled);
};

export interface OnAgreement {
  /** The command, from the flags and the agreement as it stands (cells and kinds are checked against it). */
  readonly build: (
    state: AgreementState,
    actor: Actor,
    ctx: LedgerContext,
  ) => Promise<E.Either<CliFailure, CommandBody>> | E.Either<CliFailure, CommandBody>;
  readonly report: (recorded: Recorded, ctx: LedgerContext) => number;
}

/**
 * The path of every command on an existing agreement: actor, an existing store, an existing
 * agreement (else exit 2, the same message everywhere), the command built and sent, the report.
 */
export const runOnAgreement = async (
  flags: LedgerFlags & { readonly agreement: string },
  io: CommandIo,
  open: StoreOpener,
  step: OnAgreement,
  access: StoreAccess = "existing",
): Promise<number> => {
  const ctx = contextOf(flags, io);
  const actor = parseActorOption(flags.actor, ctx.m);
  if (E.isLeft(actor)) return ctx.fail(actor.left);
  return withStore(
    open,
    flags.store,
    async (store) => {
      const state = await loadAgreement(store, flags.agreement);
      if (state === undefined)
        return ctx.fail({ kind: "unknown-agreement", agreementId: flags.agreement, store: flags.store });
      const body = await step.build(state, actor.right, ctx);
      if (E.isLeft(body)) return ctx.fail(body.left);
      return sendCommand(store, body.right, actor.right, flags, ctx, (r) => step.report(r, ctx));
    },
    access,
  );
};

/**
 * A commander action whose escaped exceptions (a missing store, an unreachable server) are
 * reported in the command's language and, under --json, as JSON.
 */
export const ledgerAction =
  (io: CommandIo, done: (code: number) => void, body: (...args: never[]) => Promise<number>) =>
  async (...args: unknown[]): Promise<void> => {
    const command = args[args.length - 1] as Command;
    const flags = command.opts() as OutputFlags;
    try {
      done(await (body as (...a: unknown[]) => Promise<number>)(...args));
    } catch (error) {
      done(exitForFailure(error, io, { messages: messagesFor(flags.lang ?? "nl"), json: flags.json }));
    }
  };

export const actorOption = (description: string) =>
  new Option("--actor <actor>", description).makeOptionMandatory();

/** --json and --lang: every command on an agreement has both. */
export const withOutputOptions = (command: Command, words: OptionWords<"--json" | "--lang">): Command =>
  command.option("--json", words.options["--json"]).addOption(langOption(words.options["--lang"]));

export type AgreementOptionWords = OptionWords<"--store" | "--agreement" | "--actor" | "--command-id">;

/** The options of a command a person decides on an existing agreement. */
export const withAgreementOptions = (command: Command, words: AgreementOptionWords): Command =>
  command
    .addOption(storeOption(words.options["--store"]))
    .requiredOption("--agreement <id>", words.options["--agreement"])
    .addOption(actorOption(words.options["--actor"]))
    .option("--command-id <id>", words.options["--command-id"]);

/** The JSON a recorded command prints: the agreement, each event as stored, and what the command adds. */
export const recordedJson = (
  recorded: Recorded,
  agreementId: string,
  extra: Record<string, unknown> = {},
) => ({
  ok: true,
  agreementId,
  replay: recorded.replay,
  events: recorded.recorded.map((e) => ({
    type: e.type,
    revision: e.revision.toString(),
    globalPosition: e.globalPosition.toString(),
    hash: e.hash,
  })),
  ...extra,
});
