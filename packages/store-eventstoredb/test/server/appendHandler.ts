import sharedPb from "@eventstore/db-client/generated/shared_pb";
import streamsPb from "@eventstore/db-client/generated/streams_pb";
import type * as streams from "@eventstore/db-client/generated/streams_pb";
import { type ServerReadableStream, type sendUnaryData, status } from "@grpc/grpc-js";
import type { Expected, Log, ProposedEvent } from "./log";
import { streamNameOf } from "./messages";

const expectedOf = (options: streams.AppendReq.Options): Expected => {
  if (options.hasNoStream()) return { kind: "no-stream" };
  if (options.hasStreamExists()) return { kind: "exists" };
  if (options.hasRevision()) return { kind: "revision", revision: BigInt(options.getRevision()) };
  return { kind: "any" };
};

const proposedOf = (message: streams.AppendReq.ProposedMessage): ProposedEvent => {
  const metadata = message.getMetadataMap();
  return {
    id: message.getId()?.getString() ?? "",
    type: metadata.get("type") ?? "",
    contentType: metadata.get("content-type") ?? "application/octet-stream",
    customMetadata: message.getCustomMetadata_asU8(),
    data: message.getData_asU8(),
  };
};

/** The conflict as the server words it: the stream's current revision and what was expected. */
const wrongExpectedVersion = (expected: Expected, current: bigint | undefined): streams.AppendResp => {
  const conflict = new streamsPb.AppendResp.WrongExpectedVersion();
  if (current === undefined) conflict.setCurrentNoStream(new sharedPb.Empty());
  else conflict.setCurrentRevision(current.toString(10));
  switch (expected.kind) {
    case "any":
      conflict.setExpectedAny(new sharedPb.Empty());
      break;
    case "no-stream":
      conflict.setExpectedNoStream(new sharedPb.Empty());
      break;
    case "exists":
      conflict.setExpectedStreamExists(new sharedPb.Empty());
      break;
    case "revision":
      conflict.setExpectedRevision(expected.revision.toString(10));
      break;
  }
  return new streamsPb.AppendResp().setWrongExpectedVersion(conflict);
};

/** Streams.Append: a client stream of one options message, then the proposed events. */
/** What an append asked for, as the double received it (tests check what went over the wire). */
export interface AppendRequest {
  readonly streamId: string;
  readonly expected: Expected;
  /** The expected revision exactly as sent, when one was. */
  readonly revisionSent?: string;
  readonly eventIds: readonly string[];
}

export const appendHandler =
  (log: Log, requests: AppendRequest[]) =>
  (
    call: ServerReadableStream<streams.AppendReq, streams.AppendResp>,
    callback: sendUnaryData<streams.AppendResp>,
  ) => {
    let options: streams.AppendReq.Options | undefined;
    const proposed: ProposedEvent[] = [];
    call.on("data", (request: streams.AppendReq) => {
      if (request.hasOptions()) options = request.getOptions();
      else if (request.hasProposedMessage()) proposed.push(proposedOf(request.getProposedMessage()!));
    });
    call.on("error", () => undefined);
    call.on("end", () => {
      if (options === undefined) {
        callback({ code: status.INVALID_ARGUMENT, details: "append without options" });
        return;
      }
      const streamId = streamNameOf(options.getStreamIdentifier());
      const expected = expectedOf(options);
      requests.push({
        streamId,
        expected,
        ...(options.hasRevision() ? { revisionSent: options.getRevision() } : {}),
        eventIds: proposed.map((event) => event.id),
      });
      const outcome = log.append(streamId, expected, proposed);
      if (outcome.kind === "wrong-expected-version") {
        callback(null, wrongExpectedVersion(expected, outcome.current));
        return;
      }
      const success = new streamsPb.AppendResp.Success();
      if (outcome.currentRevision < 0n) success.setNoStream(new sharedPb.Empty());
      else success.setCurrentRevision(outcome.currentRevision.toString(10));
      if (outcome.kind === "written") {
        const at = outcome.position.toString(10);
        success.setPosition(new streamsPb.AppendResp.Position().setCommitPosition(at).setPreparePosition(at));
      } else {
        success.setNoPosition(new sharedPb.Empty());
      }
      callback(null, new streamsPb.AppendResp().setSuccess(success));
    });
  };
