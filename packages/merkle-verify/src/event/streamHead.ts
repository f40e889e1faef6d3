import { utf8 } from "../bytes/bytes";
import { canonicalJson } from "./canonicalJson";

/** A stream's last event at a tree size: one leaf of the stream-heads tree. */
export interface StreamHead {
  readonly streamId: string;
  readonly revision: bigint;
  readonly globalPosition: bigint;
  /** The last event's chain hash (hex). */
  readonly hash: string;
}

/**
 * Leaf bytes of the stream-heads tree: the canonical JSON (UTF-8) of `{ globalPosition,
 * hash, revision, streamId }`, positions as decimal strings. Leaves are in stream-id order
 * (UTF-16 code units, as JavaScript compares strings), one per stream.
 */
export const streamHeadLeafBytes = (head: StreamHead): Uint8Array =>
  utf8(
    canonicalJson({
      globalPosition: head.globalPosition.toString(10),
      hash: head.hash,
      revision: head.revision.toString(10),
      streamId: head.streamId,
    }) as string,
  );
