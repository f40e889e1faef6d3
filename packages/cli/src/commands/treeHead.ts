import { writeFile } from "node:fs/promises";
import { type EventStore, signStoreTreeHead } from "@grant-ledger/event-store";
import type { Command } from "commander";
import { EXIT } from "../exitCodes";
import { commandHelp, helpAfter } from "../help/commandHelp";
import { type CommandIo, processIo } from "../io/commandIo";
import { readAuditFile } from "../io/readAuditFile";
import { base64, inRange, merkleLogFor, sizeOption } from "../merkle/merkleAccess";
import { type Lang, langOption, messagesOf } from "../messages/catalogue";
import { runStoreCommand } from "../runner/runCommand";
import { openStore } from "../store/openStore";
import { type StoreOpener, storeOption, usingStore } from "../store/storeAccess";

export interface TreeHeadOptions {
  readonly key?: string;
  readonly size?: string;
  readonly origin?: string;
  readonly out?: string;
  readonly now?: () => Date;
  readonly lang?: Lang;
}

/**
 * Prints (or writes) the store's tree head at its current size or `--size`: signed with
 * `--key` as a tree-head note (docs/tree-heads.md), with the stream heads at that size,
 * unsigned otherwise. Unlike `checkpoint` it trusts the store's tree and reads no events.
 */
export const runTreeHead = async (
  store: EventStore,
  options: TreeHeadOptions,
  io: CommandIo,
): Promise<number> => {
  const m = messagesOf(options.lang);
  const size = sizeOption(options.size, "--size", m);
  if (typeof size === "string") {
    io.err(size);
    return EXIT.usage;
  }
  const log = merkleLogFor(store, io, m);
  if (log === undefined) return EXIT.usage;
  const head = inRange(await log.treeHead(size), io, m);
  if (head === undefined) return EXIT.usage;
  if (options.key === undefined) {
    io.out(m.audit.unsignedTreeHead(m.audit.treeRoot(head.treeSize, base64(head.rootHash))));
    return EXIT.ok;
  }
  const privateKeyPem = await readAuditFile(options.key, "private-key", io, m);
  if (privateKeyPem === undefined) return EXIT.usage;
  const signed = await signStoreTreeHead(store, log, {
    size: head.treeSize,
    privateKeyPem,
    ...(options.origin === undefined ? {} : { origin: options.origin }),
    ...(options.now === undefined ? {} : { now: options.now }),
  });
  if (signed._tag === "Left") {
    io.err(signed.left);
    return EXIT.usage;
  }
  const { note, treeHead } = signed.right.signed;
  if (options.out === undefined) io.out(note);
  else {
    await writeFile(options.out, note);
    io.out(
      m.audit.wrote(
        options.out,
        m.audit.signedTreeHead({
          treeSize: head.treeSize,
          root: base64(head.rootHash),
          streamHeads: treeHead.streamHeads?.count,
          timestamp: treeHead.timestamp,
          keyId: treeHead.keyId,
        }),
      ),
    );
  }
  return EXIT.ok;
};

const define = (program: Command, io: CommandIo, open: StoreOpener, done: (code: number) => void): void => {
  const h = commandHelp(program, "tree-head");
  program
    .command("tree-head")
    .description(h.description)
    .addOption(storeOption(h.options["--store"]))
    .option("--key <private.pem>", h.options["--key"])
    .option("--size <n>", h.options["--size"])
    .option("--origin <name>", h.options["--origin"])
    .option("--out <file>", h.options["--out"])
    .addOption(langOption(h.options["--lang"]))
    .addHelpText("after", helpAfter(h))
    .action(async (options: { store: string } & TreeHeadOptions) =>
      done(
        await usingStore(
          options.store,
          open,
          io,
          (store) => runTreeHead(store, options, io),
          "existing",
          messagesOf(options.lang),
        ),
      ),
    );
};

export const register = (program: Command): void =>
  define(program, processIo, openStore, (code) => {
    process.exitCode = code;
  });

/** `grant-ledger tree-head ...` in-process: `argv` after the command name. */
export const treeHeadCli = (argv: readonly string[], io: CommandIo, open: StoreOpener = openStore) =>
  runStoreCommand((program, done) => define(program, io, open, done), ["tree-head", ...argv], io);
