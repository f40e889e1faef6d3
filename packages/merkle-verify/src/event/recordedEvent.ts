import { toHex, utf8 } from "../bytes/bytes";
import { sha256 } from "../hashing/rfc6962";
import { type Json, canonicalJson } from "./canonicalJson";

/** The hash of a stream's "event before the first": 64 zeros. */
export const GENESIS_HASH = "0".repeat(64);

/** An event as the log records it (docs/audit-bundle.md): positions as bigint. */
export interface LoggedEvent {
  readonly streamId: string;
  readonly revision: bigint;
  readonly globalPosition: bigint;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: { readonly [key: string]: Json };
  readonly metadata: { readonly [key: string]: Json };
  readonly previousHash: string;
  readonly hash: string;
}

/**
 * The chain hash an event must carry: SHA-256 (hex) over the RFC 8785 canonical JSON of
 * `{ data, metadata, previousHash, revision, schemaVersion, streamId, type }`, the revision
 * as a decimal string. Undefined when the fields have no canonical form.
 */
export const chainHashOf = async (event: LoggedEvent): Promise<string | undefined> => {
  if (!Number.isSafeInteger(event.schemaVersion)) return undefined;
  const text = canonicalJson({
    data: event.data,
    metadata: event.metadata,
    previousHash: event.previousHash,
    revision: event.revision.toString(10),
    schemaVersion: event.schemaVersion,
    streamId: event.streamId,
    type: event.type,
  });
  return text === undefined ? undefined : toHex(await sha256(utf8(text)));
};

/**
 * The event's leaf bytes in the log's Merkle tree: the canonical JSON (UTF-8) of the whole
 * recorded event, positions as decimal strings.
 */
export const eventLeafBytes = (event: LoggedEvent): Uint8Array | undefined => {
  // Field by field: a bundle's event carries its proof too, which is not part of the leaf.
  const text = canonicalJson({
    data: event.data,
    globalPosition: event.globalPosition.toString(10),
    hash: event.hash,
    metadata: event.metadata,
    previousHash: event.previousHash,
    revision: event.revision.toString(10),
    schemaVersion: event.schemaVersion,
    streamId: event.streamId,
    type: event.type,
  });
  return text === undefined ? undefined : utf8(text);
};
