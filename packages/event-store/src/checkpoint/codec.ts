import { IsoDateTime } from "@grant-ledger/core";
import * as t from "io-ts";

/** A bigint carried as a decimal string, since JSON has no bigint. */
export const BigIntFromString = new t.Type<bigint, string, unknown>(
  "BigIntFromString",
  (u): u is bigint => typeof u === "bigint",
  (u, c) => (typeof u === "string" && /^-?\d+$/.test(u) ? t.success(BigInt(u)) : t.failure(u, c)),
  (b) => b.toString(10),
);

export const Sha256Hex = t.refinement(t.string, (s) => /^[0-9a-f]{64}$/.test(s), "Sha256Hex");

/** `all` (every stream, in global order) or `stream:<streamId>`. */
export const CheckpointScope = t.refinement(
  t.string,
  (s) => s === "all" || (s.startsWith("stream:") && s.length > "stream:".length),
  "CheckpointScope",
);
export type CheckpointScope = t.TypeOf<typeof CheckpointScope>;

/**
 * What a checkpoint attests. For `all`: `position` is the global position of the last event
 * covered and `hash` the store digest up to it (see storeDigest). For `stream:<id>`:
 * `position` is the stream revision and `hash` that event's chain hash.
 */
export const Checkpoint = t.type(
  { scope: CheckpointScope, position: BigIntFromString, hash: Sha256Hex, time: IsoDateTime },
  "Checkpoint",
);
export type Checkpoint = t.TypeOf<typeof Checkpoint>;

export const CHECKPOINT_FORMAT = "grant-ledger-checkpoint/1";

/** The checkpoint file: the checkpoint, the signing key's id and an Ed25519 signature (base64). */
export const SignedCheckpoint = t.type(
  {
    format: t.literal(CHECKPOINT_FORMAT),
    checkpoint: Checkpoint,
    algorithm: t.literal("Ed25519"),
    keyId: t.string,
    signature: t.string,
  },
  "SignedCheckpoint",
);
export type SignedCheckpoint = t.TypeOf<typeof SignedCheckpoint>;

export const streamScope = (streamId: string): CheckpointScope => `stream:${streamId}` as CheckpointScope;

/** The stream a scope names, or undefined for `all`. */
export const streamOfScope = (scope: CheckpointScope): string | undefined =>
  scope === "all" ? undefined : scope.slice("stream:".length);
