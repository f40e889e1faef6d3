import { canonicalJson } from "../chain/canonicalJson";
import type { RecordedEvent } from "../port";

/**
 * The bytes an event is a leaf of the Merkle log as: the RFC 8785 canonical JSON (UTF-8) of
 * the whole recorded event, `{ data, globalPosition, hash, metadata, previousHash, revision,
 * schemaVersion, streamId, type }`, positions as decimal strings. It takes the chain's
 * output as it is (the hash included) and adds the global position, so a leaf commits to the
 * event, its place in its stream and its place in the log, and whatever the chain hash
 * covers or leaves out, every stored byte is under the tree.
 *
 * Written from the canonical JSON of data and metadata, which adapters that store text
 * already have: the top-level keys are in their RFC 8785 order.
 */
export const eventLeafFromJson = (event: RecordedEvent, dataJson: string, metadataJson: string): Buffer =>
  Buffer.from(
    `{"data":${dataJson},"globalPosition":"${event.globalPosition.toString(10)}","hash":${JSON.stringify(event.hash)}` +
      `,"metadata":${metadataJson},"previousHash":${JSON.stringify(event.previousHash)}` +
      `,"revision":"${event.revision.toString(10)}","schemaVersion":${canonicalJson(event.schemaVersion)}` +
      `,"streamId":${JSON.stringify(event.streamId)},"type":${JSON.stringify(event.type)}}`,
    "utf8",
  );

export const eventLeaf = (event: RecordedEvent): Buffer =>
  eventLeafFromJson(event, canonicalJson(event.data), canonicalJson(event.metadata));
