import { fromBase64, toBase64 } from "../bytes/bytes";
import { HASH_BYTES } from "../hashing/rfc6962";

/** What a signed tree head attests: the log named `origin` had `treeSize` leaves with this root. */
export interface TreeHead {
  /** Names the log; also the signed-note key name. No whitespace, no "+". */
  readonly origin: string;
  readonly treeSize: bigint;
  readonly rootHash: Uint8Array;
  /** When it was signed: ISO 8601 UTC, e.g. 2026-12-01T21:00:00.000Z. */
  readonly timestamp: string;
  /** Id of the signing key (see `keyIdOf`). */
  readonly keyId: string;
  /**
   * The RFC 6962 tree over every stream's head at `treeSize` (docs/tree-heads.md, "Stream
   * heads"): what lets a bundle show it holds a stream's newest events. Tree heads signed
   * before 2026-12 have none.
   */
  readonly streamHeads?: StreamHeadsCommitment;
}

export interface StreamHeadsCommitment {
  /** How many streams hold events below the tree size: the stream-heads tree's size. */
  readonly count: bigint;
  readonly rootHash: Uint8Array;
}

export interface NoteSignature {
  readonly name: string;
  readonly keyHash: Uint8Array;
  readonly signature: Uint8Array;
}

export interface ParsedTreeHead {
  readonly treeHead: TreeHead;
  /** The bytes the signatures sign: the note text up to and including its last body newline. */
  readonly body: string;
  readonly signatures: readonly NoteSignature[];
}

const ORIGIN = /^[^\s+]+$/;
const SIZE = /^(?:0|[1-9][0-9]*)$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3})?Z$/;
const KEY_ID = /^[0-9a-f]{16}$/;
const STREAM_HEADS = /^stream-heads (0|[1-9][0-9]*) ([A-Za-z0-9+/=]+)$/;
const SIGNATURE_LINE = /^\u2014 ([^\s+]+) ([A-Za-z0-9+/=]+)$/;

/**
 * The note body, modelled on the C2SP tlog-checkpoint format: origin, decimal tree size and
 * base64 root hash, then extension lines for the timestamp, the key id and (since 2026-12)
 * the stream-heads commitment.
 */
export const treeHeadBody = (head: TreeHead): string =>
  `${head.origin}\n${head.treeSize.toString(10)}\n${toBase64(head.rootHash)}\ntimestamp ${head.timestamp}\nkey-id ${head.keyId}\n${
    head.streamHeads === undefined
      ? ""
      : `stream-heads ${head.streamHeads.count.toString(10)} ${toBase64(head.streamHeads.rootHash)}\n`
  }`;

const parseStreamHeads = (line: string): StreamHeadsCommitment | string => {
  const match = STREAM_HEADS.exec(line);
  const rootHash = match === null ? undefined : fromBase64(match[2]!);
  if (match === null || rootHash?.length !== HASH_BYTES)
    return `line 6: ${JSON.stringify(line)} is not "stream-heads <count> <base64 SHA-256 hash>"`;
  return { count: BigInt(match[1]!), rootHash };
};

/** A signed note: the body, a blank line, then one `— <name> <base64(key hash ‖ signature)>` line. */
export const formatSignedNote = (body: string, signature: NoteSignature): string =>
  `${body}\n\u2014 ${signature.name} ${toBase64(new Uint8Array([...signature.keyHash, ...signature.signature]))}\n`;

/** Reads a signed tree head without checking its signature; a string names what is wrong. */
export const parseTreeHead = (text: string): ParsedTreeHead | string => {
  const split = text.indexOf("\n\n");
  if (split < 0) return "a signed tree head has a body, a blank line and signature lines";
  const body = text.slice(0, split + 1);
  const lines = body.slice(0, -1).split("\n");
  // Six lines since 2026-12; five (no stream heads) before, still read so kept heads stay valid.
  if (lines.length !== 5 && lines.length !== 6)
    return `the body has ${lines.length} lines, a tree head has 6 (5 if signed before 2026-12)`;
  const [origin, size, root, timestampLine, keyIdLine, streamHeadsLine] = lines as [
    string,
    string,
    string,
    string,
    string,
    string | undefined,
  ];
  if (!ORIGIN.test(origin)) return `line 1: the origin ${JSON.stringify(origin)} has whitespace or "+"`;
  if (!SIZE.test(size)) return `line 2: the tree size ${JSON.stringify(size)} is not a decimal number`;
  const rootHash = fromBase64(root);
  if (rootHash?.length !== HASH_BYTES) return `line 3: ${JSON.stringify(root)} is not a base64 SHA-256 hash`;
  const timestamp = timestampLine.startsWith("timestamp ") ? timestampLine.slice("timestamp ".length) : "";
  if (!TIMESTAMP.test(timestamp) || Number.isNaN(Date.parse(timestamp)))
    return `line 4: ${JSON.stringify(timestampLine)} is not "timestamp <ISO 8601 UTC time>"`;
  const keyId = keyIdLine.startsWith("key-id ") ? keyIdLine.slice("key-id ".length) : "";
  if (!KEY_ID.test(keyId)) return `line 5: ${JSON.stringify(keyIdLine)} is not "key-id <16 hex digits>"`;
  const streamHeads = streamHeadsLine === undefined ? undefined : parseStreamHeads(streamHeadsLine);
  if (typeof streamHeads === "string") return streamHeads;
  const signatureLines = text.slice(split + 2).split("\n");
  if (signatureLines.pop() !== "") return "the note must end with a newline";
  if (signatureLines.length === 0) return "the note has no signature line";
  const signatures: NoteSignature[] = [];
  for (const [i, line] of signatureLines.entries()) {
    const match = SIGNATURE_LINE.exec(line);
    const bytes = match === null ? undefined : fromBase64(match[2]!);
    if (match === null || bytes === undefined || bytes.length < 5)
      return `signature line ${i + 1} is not "\u2014 <name> <base64 key hash and signature>"`;
    signatures.push({ name: match[1]!, keyHash: bytes.subarray(0, 4), signature: bytes.subarray(4) });
  }
  return {
    treeHead: {
      origin,
      treeSize: BigInt(size),
      rootHash,
      timestamp,
      keyId,
      ...(streamHeads === undefined ? {} : { streamHeads }),
    },
    body,
    signatures,
  };
};
