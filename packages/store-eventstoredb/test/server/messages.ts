import sharedPb from "@eventstore/db-client/generated/shared_pb";
import type * as shared from "@eventstore/db-client/generated/shared_pb";
import streamsPb from "@eventstore/db-client/generated/streams_pb";
import type * as streams from "@eventstore/db-client/generated/streams_pb";
import type { LogRecord } from "./log";

const decoder = new TextDecoder();

export const streamNameOf = (identifier: shared.StreamIdentifier | undefined): string =>
  identifier === undefined ? "" : decoder.decode(identifier.getStreamName_asU8());

export const streamIdentifier = (streamId: string): shared.StreamIdentifier =>
  new sharedPb.StreamIdentifier().setStreamName(new TextEncoder().encode(streamId));

/** A recorded event as the server sends it in a ReadResp (string UUIDs, as the client asks). */
export const readEventOf = (record: LogRecord): streams.ReadResp => {
  const recorded = new streamsPb.ReadResp.ReadEvent.RecordedEvent()
    .setId(new sharedPb.UUID().setString(record.id))
    .setStreamIdentifier(streamIdentifier(record.streamId))
    .setStreamRevision(record.revision.toString(10))
    .setCommitPosition(record.position.toString(10))
    .setPreparePosition(record.position.toString(10))
    .setCustomMetadata(record.customMetadata)
    .setData(record.data);
  recorded
    .getMetadataMap()
    .set("type", record.type)
    .set("content-type", record.contentType)
    .set("created", record.created.toString(10));
  const event = new streamsPb.ReadResp.ReadEvent()
    .setEvent(recorded)
    .setCommitPosition(record.position.toString(10));
  return new streamsPb.ReadResp().setEvent(event);
};

export const streamNotFound = (streamId: string): streams.ReadResp =>
  new streamsPb.ReadResp().setStreamNotFound(
    new streamsPb.ReadResp.StreamNotFound().setStreamIdentifier(streamIdentifier(streamId)),
  );

export const confirmation = (subscriptionId: string): streams.ReadResp =>
  new streamsPb.ReadResp().setConfirmation(
    new streamsPb.ReadResp.SubscriptionConfirmation().setSubscriptionId(subscriptionId),
  );

export const caughtUp = (): streams.ReadResp =>
  new streamsPb.ReadResp().setCaughtUp(new streamsPb.ReadResp.CaughtUp());
