import { type DomainEvent, decodeEvent } from "@grant-ledger/core";
import type { RecordedEvent } from "@grant-ledger/event-store";
import * as E from "fp-ts/Either";

/**
 * A decoded domain event with what the store recorded about it: the views fold these. The
 * actor, `occurredAt`, `recordedAt` and reason are in `event.metadata`.
 */
export interface ViewEvent {
  readonly agreementId: string;
  /** 0-based position in the agreement's stream. */
  readonly revision: number;
  /** Position in the whole store. */
  readonly globalPosition: number;
  readonly event: DomainEvent;
}

const STREAM_PREFIX = "agreement-";

/** The agreement a stream belongs to (`agreement-<id>`), or undefined for other streams. */
export const agreementOfStream = (streamId: string): string | undefined =>
  streamId.startsWith(STREAM_PREFIX) ? streamId.slice(STREAM_PREFIX.length) : undefined;

/**
 * Decodes a stored event for the views; undefined for streams that are not agreements. A
 * stored agreement event that does not decode throws: a view that skipped it would be wrong
 * without saying so.
 */
export const viewEventOf = (recorded: RecordedEvent): ViewEvent | undefined => {
  const agreementId = agreementOfStream(recorded.streamId);
  if (agreementId === undefined) return undefined;
  const decoded = decodeEvent(recorded);
  if (E.isLeft(decoded))
    throw new Error(
      `event ${recorded.streamId}@${recorded.revision} does not decode for the views: ${decoded.left.map((p) => p.message).join("; ")}`,
    );
  return {
    agreementId,
    revision: Number(recorded.revision),
    globalPosition: Number(recorded.globalPosition),
    event: decoded.right,
  };
};
