import { existsSync } from "node:fs";
import { join } from "node:path";
import {
  type CheckpointError,
  type EventStore,
  type SignedTreeHead,
  createTreeCheckpoint,
  generateCheckpointKeyPair,
  parseCheckpointFile,
  upgradeCheckpoint,
  verifyCheckpointAgainstStore,
  verifyCheckpointSignature,
  verifyTreeCheckpoint,
  verifyTreeHeadAgainstStore,
} from "@grant-ledger/event-store";
import { type TreeHead, toBase64 } from "@grant-ledger/merkle-verify";
import type { Command } from "commander";
import { isLeft } from "fp-ts/Either";
import { EXIT } from "../exitCodes";
import { commandHelp, helpAfter } from "../help/commandHelp";
import { type CommandIo, processIo } from "../io/commandIo";
import { makeDirectory } from "../io/makeDirectory";
import { readAuditFile } from "../io/readAuditFile";
import { writeOutput } from "../io/writeOutput";
import { merkleLogFor } from "../merkle/merkleAccess";
import { type Lang, type Messages, langOption, messagesOf } from "../messages/catalogue";
import { runStoreCommand } from "../runner/runCommand";
import { DEFAULT_STORE_URL, openStore } from "../store/openStore";
import { type StoreOpener, storeOption, usingStore } from "../store/storeAccess";
import { describeBreak } from "./verify";

export const PRIVATE_KEY_FILE = "checkpoint-private.pem";
export const PUBLIC_KEY_FILE = "checkpoint-public.pem";

/** Key and file problems are usage errors (2); a damaged or rewritten history fails (1). */
const exitFor = (error: CheckpointError): number =>
  error._tag === "InvalidKey" ||
  error._tag === "InvalidCheckpointFile" ||
  (error._tag === "TreeHeadRejected" && (error.problem === "invalid-key" || error.problem === "malformed"))
    ? EXIT.usage
    : EXIT.failed;

const reportError = (error: CheckpointError, io: CommandIo, m: Messages): number => {
  if (error._tag === "ChainBroken") for (const line of describeBreak(error.chainBreak, m)) io.out(line);
  else {
    const text = m.audit.checkpointError(error);
    io.out(exitFor(error) === EXIT.failed ? m.audit.invalid(text) : text);
  }
  return exitFor(error);
};

export const runKeygen = async (
  outDir: string,
  options: { force?: boolean; lang?: Lang },
  io: CommandIo,
): Promise<number> => {
  const m = messagesOf(options.lang);
  const privatePath = join(outDir, PRIVATE_KEY_FILE);
  const publicPath = join(outDir, PUBLIC_KEY_FILE);
  if (!options.force && (existsSync(privatePath) || existsSync(publicPath))) {
    io.err(m.audit.keysExist(outDir));
    return EXIT.usage;
  }
  const keys = generateCheckpointKeyPair();
  await makeDirectory(outDir);
  // Without --force, "wx" also refuses a key file that appeared since the check above.
  const flag = options.force ? "w" : "wx";
  await writeOutput(privatePath, keys.privateKeyPem, { mode: 0o600, flag });
  await writeOutput(publicPath, keys.publicKeyPem, { mode: 0o644, flag });
  io.out(m.audit.keysWritten(privatePath, publicPath));
  return EXIT.ok;
};

export interface CheckpointOptions {
  readonly key: string;
  readonly origin?: string;
  readonly out?: string;
  readonly now?: () => Date;
  readonly lang?: Lang;
}

const describeTreeHead = (head: TreeHead, m: Messages): string =>
  m.audit.signedTreeHead({
    treeSize: head.treeSize,
    root: toBase64(head.rootHash),
    streamHeads: head.streamHeads?.count,
    timestamp: head.timestamp,
    keyId: head.keyId,
  });

const writeTreeHead = async (
  signed: SignedTreeHead,
  out: string | undefined,
  io: CommandIo,
  m: Messages,
): Promise<number> => {
  if (out === undefined) io.out(signed.note);
  else {
    await writeOutput(out, signed.note);
    io.out(m.audit.wrote(out, describeTreeHead(signed.treeHead, m)));
  }
  return EXIT.ok;
};

/**
 * Signs a tree head over the whole store after reading all of it (chains verified, root
 * folded from the events and compared with the store's tree, stream heads from the same
 * read); prints the note or writes it to `out`.
 */
export const runCheckpoint = async (
  store: EventStore,
  options: CheckpointOptions,
  io: CommandIo,
): Promise<number> => {
  const m = messagesOf(options.lang);
  const privateKeyPem = await readAuditFile(options.key, "private-key", io, m);
  if (privateKeyPem === undefined) return EXIT.usage;
  const log = merkleLogFor(store, io, m);
  if (log === undefined) return EXIT.usage;
  const signed = await createTreeCheckpoint(store, log, {
    privateKeyPem,
    ...(options.origin === undefined ? {} : { origin: options.origin }),
    ...(options.now === undefined ? {} : { now: options.now }),
  });
  if (isLeft(signed)) return reportError(signed.left, io, m);
  return writeTreeHead(signed.right, options.out, io, m);
};

export interface UpgradeCheckpointOptions {
  readonly checkpoint: string;
  readonly publicKey: string;
  readonly key: string;
  readonly origin?: string;
  readonly out?: string;
  readonly lang?: Lang;
}

/**
 * The upgrade path: a `grant-ledger-checkpoint/1` file is checked against the store as
 * before, then a tree head is signed over exactly the events it covered.
 */
export const runUpgradeCheckpoint = async (
  store: EventStore,
  options: UpgradeCheckpointOptions,
  io: CommandIo,
): Promise<number> => {
  const m = messagesOf(options.lang);
  const text = await readAuditFile(options.checkpoint, "checkpoint", io, m);
  const publicKeyPem = await readAuditFile(options.publicKey, "public-key", io, m);
  const privateKeyPem = await readAuditFile(options.key, "private-key", io, m);
  if (text === undefined || publicKeyPem === undefined || privateKeyPem === undefined) return EXIT.usage;
  const log = merkleLogFor(store, io, m);
  if (log === undefined) return EXIT.usage;
  const legacy = parseCheckpointFile(text);
  if (isLeft(legacy)) return reportError(legacy.left, io, m);
  const signed = await upgradeCheckpoint(store, log, legacy.right, publicKeyPem, {
    privateKeyPem,
    ...(options.origin === undefined ? {} : { origin: options.origin }),
  });
  if (isLeft(signed)) return reportError(signed.left, io, m);
  const { scope, position } = legacy.right.checkpoint;
  io.out(m.audit.legacyStillHeld(scope, position));
  return writeTreeHead(signed.right, options.out, io, m);
};

export interface VerifyCheckpointOptions {
  readonly checkpoint: string;
  readonly publicKey: string;
  readonly lang?: Lang;
}

/** A checkpoint file written before 2026-12: JSON, where a tree head is a signed note. */
const isLegacyCheckpoint = (text: string): boolean => text.trimStart().startsWith("{");

const runVerifyLegacyCheckpoint = async (
  store: EventStore | undefined,
  text: string,
  publicKeyPem: string,
  io: CommandIo,
  m: Messages,
): Promise<number> => {
  const parsed = parseCheckpointFile(text);
  if (isLeft(parsed)) return reportError(parsed.left, io, m);
  const signed = verifyCheckpointSignature(parsed.right, publicKeyPem);
  if (isLeft(signed)) return reportError(signed.left, io, m);
  const { scope, position, hash, time } = signed.right;
  io.out(m.audit.legacySignatureValid(scope, position, hash, time, parsed.right.keyId));
  io.out(m.audit.legacyForm);
  if (store === undefined) return EXIT.ok;
  const held = await verifyCheckpointAgainstStore(store, signed.right);
  if (isLeft(held)) return reportError(held.left, io, m);
  io.out(m.audit.legacyStoreMatches(scope, position));
  return EXIT.ok;
};

/**
 * Offline check of the signature; with a store, also that the store still holds what was
 * signed. Reads tree-head checkpoints and, as an alias, the old JSON checkpoints.
 */
export const runVerifyCheckpoint = async (
  store: EventStore | undefined,
  options: VerifyCheckpointOptions,
  io: CommandIo,
): Promise<number> => {
  const m = messagesOf(options.lang);
  const text = await readAuditFile(options.checkpoint, "checkpoint", io, m);
  const publicKeyPem = await readAuditFile(options.publicKey, "public-key", io, m);
  if (text === undefined || publicKeyPem === undefined) return EXIT.usage;
  if (isLegacyCheckpoint(text)) return runVerifyLegacyCheckpoint(store, text, publicKeyPem, io, m);
  const signed = await verifyTreeCheckpoint(text, publicKeyPem);
  if (isLeft(signed)) return reportError(signed.left, io, m);
  io.out(m.audit.signatureValid(describeTreeHead(signed.right, m)));
  if (store === undefined) return EXIT.ok;
  const held = await verifyTreeHeadAgainstStore(store, signed.right);
  if (isLeft(held)) return reportError(held.left, io, m);
  io.out(m.audit.storeMatches(signed.right.treeSize, signed.right.streamHeads !== undefined));
  return EXIT.ok;
};

const define = (program: Command, io: CommandIo, open: StoreOpener, done: (code: number) => void): void => {
  const sign = commandHelp(program, "checkpoint");
  const keygen = commandHelp(program, "checkpoint keygen");
  const upgrade = commandHelp(program, "upgrade-checkpoint");
  const check = commandHelp(program, "verify-checkpoint");
  const checkpoint = program
    .command("checkpoint")
    .description(sign.description)
    .addOption(storeOption(sign.options["--store"]))
    .option("--key <private.pem>", sign.options["--key"])
    .option("--stream <id>", sign.options["--stream"])
    .option("--origin <name>", sign.options["--origin"])
    .option("--out <file>", sign.options["--out"])
    .addOption(langOption(sign.options["--lang"]))
    .addHelpText("after", helpAfter(sign))
    .action(
      async (options: {
        store: string;
        key?: string;
        stream?: string;
        origin?: string;
        out?: string;
        lang: Lang;
      }) => {
        const { key } = options;
        const m = messagesOf(options.lang);
        if (options.stream !== undefined) {
          io.err(m.audit.checkpointStreamRetired);
          return done(EXIT.usage);
        }
        if (key === undefined) {
          io.err(m.audit.checkpointNeedsKey);
          return done(EXIT.usage);
        }
        done(
          await usingStore(
            options.store,
            open,
            io,
            (store) => runCheckpoint(store, { ...options, key }, io),
            "existing",
            messagesOf(options.lang),
          ),
        );
      },
    );
  checkpoint
    .command("keygen")
    .description(keygen.description)
    .requiredOption("--out-dir <dir>", keygen.options["--out-dir"])
    .option("--force", keygen.options["--force"])
    .addOption(langOption(keygen.options["--lang"]))
    .addHelpText("after", helpAfter(keygen))
    .action(async (options: { outDir: string; force?: boolean; lang: Lang }) =>
      done(await runKeygen(options.outDir, options, io)),
    );
  program
    .command("upgrade-checkpoint")
    .description(upgrade.description)
    .requiredOption("--checkpoint <file>", upgrade.options["--checkpoint"])
    .requiredOption("--public-key <pem>", upgrade.options["--public-key"])
    .requiredOption("--key <private.pem>", upgrade.options["--key"])
    .option("--store <url>", upgrade.options["--store"], DEFAULT_STORE_URL)
    .option("--origin <name>", upgrade.options["--origin"])
    .option("--out <file>", upgrade.options["--out"])
    .addOption(langOption(upgrade.options["--lang"]))
    .addHelpText("after", helpAfter(upgrade))
    .action(async (options: { store: string } & UpgradeCheckpointOptions) =>
      done(
        await usingStore(
          options.store,
          open,
          io,
          (store) => runUpgradeCheckpoint(store, options, io),
          "existing",
          messagesOf(options.lang),
        ),
      ),
    );

  program
    .command("verify-checkpoint")
    .description(check.description)
    .requiredOption("--checkpoint <file>", check.options["--checkpoint"])
    .requiredOption("--public-key <pem>", check.options["--public-key"])
    .option("--store <url>", check.options["--store"])
    .addOption(langOption(check.options["--lang"]))
    .addHelpText("after", helpAfter(check))
    .action(async (options: { checkpoint: string; publicKey: string; store?: string; lang: Lang }) => {
      const { store } = options;
      done(
        store === undefined
          ? await runVerifyCheckpoint(undefined, options, io)
          : await usingStore(
              store,
              open,
              io,
              (s) => runVerifyCheckpoint(s, options, io),
              "existing",
              messagesOf(options.lang),
            ),
      );
    });
};

export const register = (program: Command): void =>
  define(program, processIo, openStore, (code) => {
    process.exitCode = code;
  });

/** `grant-ledger checkpoint|verify-checkpoint ...` in-process: `argv` starts with the command name. */
export const checkpointCli = (argv: readonly string[], io: CommandIo, open: StoreOpener = openStore) =>
  runStoreCommand((program, done) => define(program, io, open, done), argv, io);
