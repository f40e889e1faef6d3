import * as E from "fp-ts/Either";
import type { EventToAppend, JsonObject, RecordedEvent } from "../port";
import type { CommandHandlerOptions, CommandWithMetadata, HandlerError } from "./types";

/** Where the events of a command keep its content digest. */
export const DIGEST_KEY = "commandDigest";

type WriteFailure<DecodeErr> = Extract<
  HandlerError<never, DecodeErr>,
  { _tag: "InvalidEvent" | "UnencodableEvent" | "CommandIdReused" }
>;

/** A recorded command id answers only for the same content: its digest must match. */
export const reusedId = (
  streamId: string,
  recorded: readonly RecordedEvent[],
  digests: ReadonlyMap<string, string>,
): WriteFailure<never> | undefined => {
  for (const r of recorded) {
    const stored = r.metadata[DIGEST_KEY];
    const { commandId } = r.metadata;
    if (typeof stored === "string" && digests.has(commandId) && digests.get(commandId) !== stored)
      return { _tag: "CommandIdReused", streamId, commandId };
  }
  return undefined;
};

/**
 * Encodes what is about to be written, with the batch's metadata and each command's digest,
 * and reads it back: nothing the codec refuses is appended.
 */
export const eventsToWrite = <Ev, DecodeErr>(
  {
    encode,
    decode,
  }: Pick<CommandHandlerOptions<CommandWithMetadata, Ev, unknown, unknown, DecodeErr>, "encode" | "decode">,
  streamId: string,
  decided: readonly Ev[],
  origins: readonly number[],
  metadata: JsonObject | undefined,
  digests: ReadonlyMap<string, string>,
): E.Either<WriteFailure<DecodeErr>, EventToAppend[]> => {
  const out: EventToAppend[] = [];
  for (const [index, event] of decided.entries()) {
    const commandIndex = origins[index] ?? 0;
    let encoded: EventToAppend;
    try {
      encoded = encode(event);
    } catch (error) {
      // An encoder that throws (a value its codec has no branch for) is a refusal, not a crash.
      const eventType = String((event as { type?: unknown }).type);
      const message = error instanceof Error ? error.message : String(error);
      return E.left({ _tag: "UnencodableEvent", streamId, commandIndex, eventType, message });
    }
    const digest = digests.get(encoded.metadata.commandId);
    const written: EventToAppend = {
      ...encoded,
      metadata: {
        ...encoded.metadata,
        ...metadata,
        ...(digest === undefined ? {} : { [DIGEST_KEY]: digest }),
        commandId: encoded.metadata.commandId,
      },
    };
    const valid = decode(written);
    if (E.isLeft(valid))
      return E.left({
        _tag: "InvalidEvent",
        streamId,
        commandIndex,
        eventType: encoded.type,
        error: valid.left,
      });
    out.push(written);
  }
  return E.right(out);
};
