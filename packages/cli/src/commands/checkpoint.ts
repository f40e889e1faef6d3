import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import {
  type CheckpointError,
  CheckpointScope,
  type EventStore,
  createCheckpoint,
  describeCheckpointError,
  formatCheckpointFile,
  generateCheckpointKeyPair,
  parseCheckpointFile,
  verifyCheckpointAgainstStore,
  verifyCheckpointSignature,
} from "@grant-ledger/event-store";
import type { Command } from "commander";
import { isLeft } from "fp-ts/Either";
import { EXIT } from "../exitCodes";
import { type CommandIo, processIo } from "../io/commandIo";
import { makeDirectory } from "../io/makeDirectory";
import { writeOutput } from "../io/writeOutput";
import { runStoreCommand } from "../runner/runCommand";
import { DEFAULT_STORE_URL, openStore } from "../store/openStore";
import { type StoreOpener, usingStore } from "../store/storeAccess";
import { describeBreak } from "./verify";

export const PRIVATE_KEY_FILE = "checkpoint-private.pem";
export const PUBLIC_KEY_FILE = "checkpoint-public.pem";

const readText = async (path: string, what: string, io: CommandIo): Promise<string | undefined> => {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    io.err(`cannot read ${what} ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    return undefined;
  }
};

/** Key and file problems are usage errors (2); a damaged or rewritten history fails (1). */
const exitFor = (error: CheckpointError): number =>
  error._tag === "InvalidKey" || error._tag === "InvalidCheckpointFile" ? EXIT.usage : EXIT.failed;

const reportError = (error: CheckpointError, io: CommandIo): number => {
  if (error._tag === "ChainBroken") for (const line of describeBreak(error.chainBreak)) io.out(line);
  else io.out(`${exitFor(error) === EXIT.failed ? "INVALID: " : ""}${describeCheckpointError(error)}`);
  return exitFor(error);
};

export const runKeygen = async (
  outDir: string,
  options: { force?: boolean },
  io: CommandIo,
): Promise<number> => {
  const privatePath = join(outDir, PRIVATE_KEY_FILE);
  const publicPath = join(outDir, PUBLIC_KEY_FILE);
  if (!options.force && (existsSync(privatePath) || existsSync(publicPath))) {
    io.err(`refusing to overwrite keys in ${outDir} (use --force to replace them)`);
    return EXIT.usage;
  }
  const keys = generateCheckpointKeyPair();
  await makeDirectory(outDir);
  // Without --force, "wx" also refuses a key file that appeared since the check above.
  const flag = options.force ? "w" : "wx";
  await writeOutput(privatePath, keys.privateKeyPem, { mode: 0o600, flag });
  await writeOutput(publicPath, keys.publicKeyPem, { mode: 0o644, flag });
  io.out(`wrote ${privatePath} (keep it secret) and ${publicPath} (give it to auditors)`);
  return EXIT.ok;
};

export interface CheckpointOptions {
  readonly key: string;
  readonly stream?: string;
  readonly out?: string;
  readonly now?: () => Date;
}

/** Signs the store's (or one stream's) current head; prints the checkpoint file or writes it to `out`. */
export const runCheckpoint = async (
  store: EventStore,
  options: CheckpointOptions,
  io: CommandIo,
): Promise<number> => {
  const privateKeyPem = await readText(options.key, "private key", io);
  if (privateKeyPem === undefined) return EXIT.usage;
  const scope = CheckpointScope.decode(options.stream === undefined ? "all" : `stream:${options.stream}`);
  if (isLeft(scope)) {
    io.err(`not a stream id: ${JSON.stringify(options.stream)}`);
    return EXIT.usage;
  }
  const signed = await createCheckpoint(store, {
    scope: scope.right,
    privateKeyPem,
    ...(options.now === undefined ? {} : { now: options.now }),
  });
  if (isLeft(signed)) return reportError(signed.left, io);
  const file = formatCheckpointFile(signed.right);
  const { checkpoint } = signed.right;
  if (options.out === undefined) io.out(file);
  else {
    await writeOutput(options.out, file);
    io.out(
      `wrote ${options.out}: ${checkpoint.scope} at position ${checkpoint.position}, hash ${checkpoint.hash}`,
    );
  }
  return EXIT.ok;
};

export interface VerifyCheckpointOptions {
  readonly checkpoint: string;
  readonly publicKey: string;
}

/** Offline check of the signature; with a store, also that the store still holds what was signed. */
export const runVerifyCheckpoint = async (
  store: EventStore | undefined,
  options: VerifyCheckpointOptions,
  io: CommandIo,
): Promise<number> => {
  const text = await readText(options.checkpoint, "checkpoint", io);
  const publicKeyPem = await readText(options.publicKey, "public key", io);
  if (text === undefined || publicKeyPem === undefined) return EXIT.usage;
  const parsed = parseCheckpointFile(text);
  if (isLeft(parsed)) return reportError(parsed.left, io);
  const signed = verifyCheckpointSignature(parsed.right, publicKeyPem);
  if (isLeft(signed)) return reportError(signed.left, io);
  const { scope, position, hash, time } = signed.right;
  io.out(
    `signature valid: ${scope} at position ${position}, hash ${hash}, signed ${time} by key ${parsed.right.keyId}`,
  );
  if (store === undefined) return EXIT.ok;
  const held = await verifyCheckpointAgainstStore(store, signed.right);
  if (isLeft(held)) return reportError(held.left, io);
  io.out(`store matches: it still holds ${scope} position ${position} with that hash`);
  return EXIT.ok;
};

const define = (program: Command, io: CommandIo, open: StoreOpener, done: (code: number) => void): void => {
  const checkpoint = program
    .command("checkpoint")
    .description("sign the current head of the store (or of one stream) with an Ed25519 key")
    .option("--store <url>", "store URL: sqlite:<file>, memory:, esdb://...", DEFAULT_STORE_URL)
    .option("--key <private.pem>", "Ed25519 private key (PEM), e.g. from `checkpoint keygen`")
    .option("--stream <id>", "checkpoint only this stream")
    .option("--out <file>", "write the checkpoint here instead of printing it")
    .addHelpText(
      "after",
      "\nExit codes: 0 signed, 1 nothing to sign or the chain is broken, 2 bad key or store cannot be opened, 5 --out cannot be written, 6 store unreachable.",
    )
    .action(async (options: { store: string; key?: string; stream?: string; out?: string }) => {
      const { key } = options;
      if (key === undefined) {
        io.err(
          "checkpoint needs --key <private.pem> (create one with `grant-ledger checkpoint keygen --out-dir <dir>`)",
        );
        return done(EXIT.usage);
      }
      done(
        await usingStore(options.store, open, io, (store) => runCheckpoint(store, { ...options, key }, io)),
      );
    });
  checkpoint
    .command("keygen")
    .description(`create an Ed25519 key pair: ${PRIVATE_KEY_FILE} and ${PUBLIC_KEY_FILE}`)
    .requiredOption("--out-dir <dir>", "directory for the two PEM files")
    .option("--force", "replace existing key files")
    .addHelpText(
      "after",
      "\nExit codes: 0 written, 2 key files already exist (without --force), 5 --out-dir cannot be created or written.",
    )
    .action(async (options: { outDir: string; force?: boolean }) =>
      done(await runKeygen(options.outDir, options, io)),
    );

  program
    .command("verify-checkpoint")
    .description("check a checkpoint's signature offline; with --store, also that the store still matches it")
    .requiredOption("--checkpoint <file>", "checkpoint file written by `checkpoint`")
    .requiredOption("--public-key <pem>", "the signer's Ed25519 public key (PEM)")
    .option("--store <url>", "also check this store still holds the signed position and hash")
    .addHelpText(
      "after",
      "\nExit codes: 0 valid, 1 signature invalid, wrong key, or store rewritten/truncated, 2 unreadable file or key.",
    )
    .action(async (options: { checkpoint: string; publicKey: string; store?: string }) => {
      const { store } = options;
      done(
        store === undefined
          ? await runVerifyCheckpoint(undefined, options, io)
          : await usingStore(store, open, io, (s) => runVerifyCheckpoint(s, options, io)),
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
