import {
  type EventStore,
  type MerkleLog,
  type RecordedEvent,
  eventLeaf,
  merkleLogOf,
} from "@grant-ledger/event-store";
import type { ProofRangeError } from "@grant-ledger/merkle";
import { type TreeHead, leafHash, toBase64, verifyTreeHead } from "@grant-ledger/merkle-verify";
import type { Either } from "fp-ts/Either";
import type { CommandIo } from "../io/commandIo";
import { readAuditFile } from "../io/readAuditFile";
import type { Messages } from "../messages/catalogue";

/** The store's Merkle log, or a message saying this adapter has none (EventStoreDB, for now). */
export const merkleLogFor = (store: EventStore, io: CommandIo, m: Messages): MerkleLog | undefined => {
  const log = merkleLogOf(store);
  if (log === undefined) io.err(m.audit.noMerkleTree);
  return log;
};

/** A `--position` / `--size` value: a non-negative decimal integer, or a message naming the option. */
export const sizeOption = (
  value: string | undefined,
  option: string,
  m: Messages,
): bigint | string | undefined => {
  if (value === undefined) return undefined;
  return /^(?:0|[1-9][0-9]*)$/.test(value) ? BigInt(value) : m.audit.notWholeNumber(option, value);
};

/** Right's value, or undefined after printing the range error (positions the log does not have). */
export const inRange = <T>(result: Either<ProofRangeError, T>, io: CommandIo, m: Messages): T | undefined => {
  if (result._tag === "Right") return result.right;
  io.err(m.audit.proofRange(result.left));
  return undefined;
};

export type KeptTreeHead =
  | { readonly ok: true; readonly treeHead: TreeHead }
  | { readonly ok: false; readonly exit: "usage" | "failed" };

/**
 * The tree head an auditor kept, checked against their copy of the public key. A file that
 * cannot be read is a usage error; one that is not validly signed by that key fails.
 */
export const readKeptTreeHead = async (
  file: string,
  publicKeyFile: string | undefined,
  io: CommandIo,
  m: Messages,
): Promise<KeptTreeHead> => {
  if (publicKeyFile === undefined) {
    io.err(m.audit.needsPublicKey(file));
    return { ok: false, exit: "usage" };
  }
  const note = await readAuditFile(file, "tree-head", io, m);
  const key = await readAuditFile(publicKeyFile, "public-key", io, m);
  if (note === undefined || key === undefined) return { ok: false, exit: "usage" };
  const verdict = await verifyTreeHead(note, key);
  if (verdict.valid) return { ok: true, treeHead: verdict.treeHead };
  io.out(m.audit.invalid(m.audit.keptTreeHeadInvalid(file, verdict.message)));
  return { ok: false, exit: verdict.problem === "invalid-key" ? "usage" : "failed" };
};

/** The event at a global position, read from the store. */
export const eventAt = async (store: EventStore, position: bigint): Promise<RecordedEvent | undefined> => {
  for await (const event of store.readAll({ fromPosition: position, maxCount: 1 }))
    return event.globalPosition === position ? event : undefined;
  return undefined;
};

export const leafHashOf = async (event: RecordedEvent): Promise<Uint8Array> => leafHash(eventLeaf(event));

export const base64 = (bytes: Uint8Array): string => toBase64(bytes);

/** Proof files are JSON with sizes as decimal strings and hashes in base64, as in tree heads. */
export const proofJson = (value: Record<string, unknown>): string =>
  JSON.stringify(
    value,
    // The holder's raw value: a Buffer has already been through its own toJSON by `v`.
    function (this: Record<string, unknown>, key, v) {
      const raw = this[key];
      return typeof raw === "bigint" ? raw.toString(10) : raw instanceof Uint8Array ? base64(raw) : v;
    },
    2,
  );
